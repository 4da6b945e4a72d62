package io.spokes.data.cli;

import io.spokes.data.source.Dataset;
import io.spokes.data.source.Datasets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CiteCommandTest {
    @Test
    void printsEveryDatasetWithVersionAndCitationAsTextAndBibtex() {
        Cli r = Cli.run(new DataCommand(), "cite");
        assertThat(r.code).isZero();
        for (Dataset d : Datasets.ALL) {
            assertThat(r.out).contains(d.name() + " " + d.version() + ": " + d.title());
            d.citations().forEach(c -> assertThat(r.out).contains(c.text()).contains("{" + c.key() + ","));
        }
        assertThat(r.out).contains("ATOP 5.1", "NMC 6.0", "NMC 7.0", "COW-MID 5.0", "GML-MID 2.2.1", "COW-contiguity 3.2");
        long open = r.out.chars().filter(ch -> ch == '{').count();
        long close = r.out.chars().filter(ch -> ch == '}').count();
        assertThat(open).as("balanced BibTeX braces").isEqualTo(close);
    }

    @Test
    void bibtexOnlyForOneDataset() {
        Cli r = Cli.run(new DataCommand(), "cite", "--format", "bibtex", "ATOP");
        assertThat(r.out).startsWith("@article{leeds2002atop,").contains("@article{leeds2005institutionalization,")
                .doesNotContain("singer1972");
    }

    @Test
    void unknownDatasetIsBadInput() {
        Cli r = Cli.run(new DataCommand(), "cite", "POLITY");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err.trim()).isEqualTo("error: POLITY: unknown dataset; use one of ATOP, COW-states, COW-majors, NMC, COW-MID, "
                + "GML-MID, COW-contiguity, TSS-rivalries, SIPRI-milex, GW-states, COW-capitals, UNGA-ideal-points");
    }
}
