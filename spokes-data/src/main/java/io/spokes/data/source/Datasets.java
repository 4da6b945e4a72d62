package io.spokes.data.source;

import java.util.List;

/**
 * Every dataset Spokes reads, with the version its readers check and the works to cite. The
 * references follow data/README.md, which records where each copy comes from.
 */
public final class Datasets {
    private Datasets() {
    }

    static final Citation LEEDS_2002 = new Citation("leeds2002atop",
            "Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. "
                    + "\"Alliance Treaty Obligations and Provisions, 1815-1944.\" International Interactions 28: 237-260.",
            """
            @article{leeds2002atop,
              author  = {Leeds, Brett Ashley and Ritter, Jeffrey M. and Mitchell, Sara McLaughlin and Long, Andrew G.},
              title   = {Alliance Treaty Obligations and Provisions, 1815--1944},
              journal = {International Interactions},
              year    = {2002},
              volume  = {28},
              pages   = {237--260}
            }""");
    static final Citation LEEDS_2022 = new Citation("leeds2022codebook",
            "Leeds, Brett Ashley. 2022. Alliance Treaty Obligations and Provisions (ATOP) Codebook, version 5.1. atopdata.org.",
            """
            @manual{leeds2022codebook,
              author = {Leeds, Brett Ashley},
              title  = {Alliance Treaty Obligations and Provisions ({ATOP}) Codebook, version 5.1},
              year   = {2022},
              note   = {atopdata.org}
            }""");
    static final Citation LEEDS_ANAC_2005 = new Citation("leeds2005institutionalization",
            "Leeds, Brett Ashley and Sezi Anac. 2005. \"Alliance Institutionalization and Alliance Performance.\" "
                    + "International Interactions 31: 183-202.",
            """
            @article{leeds2005institutionalization,
              author  = {Leeds, Brett Ashley and Anac, Sezi},
              title   = {Alliance Institutionalization and Alliance Performance},
              journal = {International Interactions},
              year    = {2005},
              volume  = {31},
              pages   = {183--202}
            }""");
    static final Citation COW_SYSTEM = new Citation("cow2017system",
            "Correlates of War Project. 2017. \"State System Membership List, v2016.\" Online, correlatesofwar.org.",
            """
            @misc{cow2017system,
              author       = {{Correlates of War Project}},
              title        = {State System Membership List, v2016},
              year         = {2017},
              howpublished = {Online, correlatesofwar.org}
            }""");
    static final Citation SINGER_1972 = new Citation("singer1972capability",
            "Singer, J. David, Stuart Bremer, and John Stuckey. 1972. \"Capability Distribution, Uncertainty, and Major Power "
                    + "War, 1820-1965.\" In Bruce Russett (ed.), Peace, War, and Numbers. Beverly Hills: Sage, 19-48.",
            """
            @incollection{singer1972capability,
              author    = {Singer, J. David and Bremer, Stuart and Stuckey, John},
              title     = {Capability Distribution, Uncertainty, and Major Power War, 1820--1965},
              booktitle = {Peace, War, and Numbers},
              editor    = {Russett, Bruce},
              publisher = {Sage},
              address   = {Beverly Hills},
              year      = {1972},
              pages     = {19--48}
            }""");
    static final Citation SINGER_1987 = new Citation("singer1987reconstructing",
            "Singer, J. David. 1987. \"Reconstructing the Correlates of War Dataset on Material Capabilities of States, "
                    + "1816-1985.\" International Interactions 14(1): 115-132.",
            """
            @article{singer1987reconstructing,
              author  = {Singer, J. David},
              title   = {Reconstructing the Correlates of War Dataset on Material Capabilities of States, 1816--1985},
              journal = {International Interactions},
              year    = {1987},
              volume  = {14},
              number  = {1},
              pages   = {115--132}
            }""");
    static final Citation PALMER_2022 = new Citation("palmer2022mid5",
            "Palmer, Glenn, et al. 2022. \"The MID5 Dataset, 2011-2014: Procedures, coding rules, and description.\" "
                    + "Conflict Management and Peace Science.",
            """
            @article{palmer2022mid5,
              author  = {Palmer, Glenn and others},
              title   = {The {MID5} Dataset, 2011--2014: Procedures, coding rules, and description},
              journal = {Conflict Management and Peace Science},
              year    = {2022}
            }""");
    static final Citation GIBLER_2016 = new Citation("gibler2016mid",
            "Gibler, Douglas M., Steven V. Miller, and Erin K. Little. 2016. \"An Analysis of the Militarized Interstate "
                    + "Dispute (MID) Dataset, 1816-2001.\" International Studies Quarterly 60(4): 719-730.",
            """
            @article{gibler2016mid,
              author  = {Gibler, Douglas M. and Miller, Steven V. and Little, Erin K.},
              title   = {An Analysis of the Militarized Interstate Dispute ({MID}) Dataset, 1816--2001},
              journal = {International Studies Quarterly},
              year    = {2016},
              volume  = {60},
              number  = {4},
              pages   = {719--730}
            }""");
    static final Citation STINNETT_2002 = new Citation("stinnett2002contiguity",
            "Stinnett, Douglas M., Jaroslav Tir, Philip Schafer, Paul F. Diehl, and Charles Gochman. 2002. \"The Correlates "
                    + "of War Project Direct Contiguity Data, Version 3.\" Conflict Management and Peace Science 19(2): 58-66.",
            """
            @article{stinnett2002contiguity,
              author  = {Stinnett, Douglas M. and Tir, Jaroslav and Schafer, Philip and Diehl, Paul F. and Gochman, Charles},
              title   = {The Correlates of War Project Direct Contiguity Data, Version 3},
              journal = {Conflict Management and Peace Science},
              year    = {2002},
              volume  = {19},
              number  = {2},
              pages   = {58--66}
            }""");
    static final Citation THOMPSON_2021 = new Citation("thompson2021rivalries",
            "Thompson, William R., Kentaro Sakuwa, and Prashant Hosur Suhas. 2021. Analyzing Strategic Rivalries in World "
                    + "Politics. Springer.",
            """
            @book{thompson2021rivalries,
              author    = {Thompson, William R. and Sakuwa, Kentaro and Suhas, Prashant Hosur},
              title     = {Analyzing Strategic Rivalries in World Politics},
              publisher = {Springer},
              year      = {2021}
            }""");
    static final Citation SIPRI_2019 = new Citation("sipri2019milex",
            "Stockholm International Peace Research Institute. 2019. SIPRI Military Expenditure Database. Stockholm: SIPRI.",
            """
            @misc{sipri2019milex,
              author       = {{Stockholm International Peace Research Institute}},
              title        = {{SIPRI} Military Expenditure Database},
              year         = {2019},
              howpublished = {Stockholm: SIPRI}
            }""");
    static final Citation GLEDITSCH_1999 = new Citation("gleditsch1999states",
            "Gleditsch, Kristian S. and Michael D. Ward. 1999. \"A Revised List of Independent States since the Congress "
                    + "of Vienna.\" International Interactions 25(4): 393-413.",
            """
            @article{gleditsch1999states,
              author  = {Gleditsch, Kristian S. and Ward, Michael D.},
              title   = {A Revised List of Independent States since the Congress of Vienna},
              journal = {International Interactions},
              year    = {1999},
              volume  = {25},
              number  = {4},
              pages   = {393--413}
            }""");
    static final Citation MILLER_2022 = new Citation("miller2022peacesciencer",
            "Miller, Steven V. 2022. \"peacesciencer: An R Package for Quantitative Peace Science Research.\" "
                    + "Conflict Management and Peace Science 39(6): 755-779.",
            """
            @article{miller2022peacesciencer,
              author  = {Miller, Steven V.},
              title   = {peacesciencer: An {R} Package for Quantitative Peace Science Research},
              journal = {Conflict Management and Peace Science},
              year    = {2022},
              volume  = {39},
              number  = {6},
              pages   = {755--779}
            }""");

    static final Citation BAILEY_2017 = new Citation("bailey2017idealpoints",
            "Bailey, Michael A., Anton Strezhnev, and Erik Voeten. 2017. \"Estimating Dynamic State Preferences from United Nations "
                    + "Voting Data.\" Journal of Conflict Resolution 61(2): 430-456.",
            """
            @article{bailey2017idealpoints,
              author  = {Bailey, Michael A. and Strezhnev, Anton and Voeten, Erik},
              title   = {Estimating Dynamic State Preferences from {United Nations} Voting Data},
              journal = {Journal of Conflict Resolution},
              year    = {2017},
              volume  = {61},
              number  = {2},
              pages   = {430--456}
            }""");
    static final Citation FJELSTUL_2025 = new Citation("fjelstul2025unga",
            "Fjelstul, Joshua, Simon Hug, and Christopher Kilby. 2025. \"Decision-making in the United Nations General Assembly: "
                    + "A comprehensive database of resolution-related decisions.\" The Review of International Organizations.",
            """
            @article{fjelstul2025unga,
              author  = {Fjelstul, Joshua and Hug, Simon and Kilby, Christopher},
              title   = {Decision-making in the {United Nations General Assembly}: A comprehensive database of resolution-related decisions},
              journal = {The Review of International Organizations},
              year    = {2025}
            }""");

    private static final String PEACESCIENCER = "CSV export of a data object of the R package peacesciencer (processed; see data/README.md)";
    private static final String ORIGINAL = "original release file, unmodified (see data/README.md)";

    public static final Dataset ATOP = new Dataset("ATOP", "Alliance Treaty Obligations and Provisions", "5.1", "1815-2018",
            List.of("atop5_1a.csv", "atop5_1aph.csv", "atop5_1m.csv", "atop5_1sy.csv", "atopinst5_1.csv"), ORIGINAL,
            List.of(LEEDS_2002, LEEDS_2022, LEEDS_ANAC_2005));
    public static final Dataset STATE_SYSTEM = new Dataset("COW-states", "COW State System Membership", "v2016", "1816-2016",
            List.of("cow_states2016.csv", "system2016.csv"), "system2016.csv original; cow_states2016.csv " + PEACESCIENCER,
            List.of(COW_SYSTEM));
    public static final Dataset MAJORS = new Dataset("COW-majors", "COW Major Powers", "v2016", "1816-2016",
            List.of("majors2016.csv"), ORIGINAL, List.of(COW_SYSTEM));
    public static final Dataset NMC_6 = new Dataset("NMC", "COW National Material Capabilities", "6.0", "1816-2016",
            List.of("NMC-60-abridged.csv"), ORIGINAL, List.of(SINGER_1972, SINGER_1987));
    public static final Dataset NMC_7 = new Dataset("NMC", "COW National Material Capabilities", "7.0", "1816-2022",
            List.of("nmc_v7_0_peacesciencer.csv"), PEACESCIENCER, List.of(SINGER_1972, SINGER_1987, MILLER_2022));
    public static final Dataset COW_MID = new Dataset("COW-MID", "COW Militarized Interstate Disputes", "5.0", "1816-2014",
            List.of("cow_mid_v5_0_disputes_peacesciencer.csv", "cow_mid_v5_0_directed_dispute_years_peacesciencer.csv"),
            PEACESCIENCER, List.of(PALMER_2022, MILLER_2022));
    public static final Dataset GML_MID = new Dataset("GML-MID", "Gibler-Miller-Little Militarized Interstate Disputes", "2.2.1",
            "1816-2010", List.of("gml_mid_v2_2_1_disputes_peacesciencer.csv", "gml_mid_v2_2_1_directed_dispute_years_peacesciencer.csv"),
            PEACESCIENCER, List.of(GIBLER_2016, MILLER_2022));
    public static final Dataset CONTIGUITY = new Dataset("COW-contiguity", "COW Direct Contiguity", "3.2", "1816-2016",
            List.of("cow_contdir_v3_2_directed_peacesciencer.csv"), PEACESCIENCER, List.of(STINNETT_2002, MILLER_2022));
    public static final Dataset RIVALRIES = new Dataset("TSS-rivalries", "Strategic rivalries (Thompson, Sakuwa and Suhas)",
            "2021", "1494-2020", List.of("tss_rivalries_peacesciencer.csv"), PEACESCIENCER, List.of(THOMPSON_2021, MILLER_2022));
    public static final Dataset SIPRI = new Dataset("SIPRI-milex", "SIPRI Military Expenditure, current US$ million", "2019",
            "1949-2018", List.of("sipri_milex_current_usd_m_1949_2018.csv"), "copy from joshuaalley/arms-allies (see data/README.md)",
            List.of(SIPRI_2019));
    public static final Dataset GW_STATES = new Dataset("GW-states", "Gleditsch-Ward independent states", "peacesciencer 2021",
            "1816-2017", List.of("gw_states_peacesciencer.csv"), PEACESCIENCER, List.of(GLEDITSCH_1999, MILLER_2022));
    public static final Dataset CAPITALS = new Dataset("COW-capitals", "COW capitals and capital transitions (peacesciencer cow_capitals)",
            "peacesciencer 2025", "1816-2024", List.of("cow_capitals_peacesciencer.csv"), PEACESCIENCER, List.of(MILLER_2022));
    public static final Dataset IDEAL_POINTS = new Dataset("UNGA-ideal-points",
            "UN General Assembly ideal points (Bailey, Strezhnev and Voeten)", "July 2025", "1946-2024",
            List.of("unga_ideal_points_bsv.csv"), "Erik Voeten's file (Stata), exported to CSV (see data/README.md)",
            List.of(BAILEY_2017, FJELSTUL_2025));

    /** Every dataset, in the order {@code spokes data cite} prints them. */
    public static final List<Dataset> ALL = List.of(ATOP, STATE_SYSTEM, MAJORS, NMC_6, NMC_7, COW_MID, GML_MID, CONTIGUITY,
            RIVALRIES, SIPRI, GW_STATES, CAPITALS, IDEAL_POINTS);
}
