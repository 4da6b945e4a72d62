package io.spokes.data.codes;

import io.spokes.core.domain.FieldException;
import io.spokes.data.cow.GwSpell;
import io.spokes.data.cow.StateSystem;
import io.spokes.data.cow.SystemSpell;
import io.spokes.io.csv.CsvReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Translates between COW numeric codes, COW abbreviations, Gleditsch-Ward codes and ISO 3166
 * alpha-3 codes. Every translation is for a year, because the traps are all about time:
 * <ul>
 * <li>Germany: COW 255 before 1945 and again from 1990; COW 260 for the Federal Republic 1955-1990;
 * Gleditsch-Ward keep 260 for unified Germany; ISO uses DEU for both.</li>
 * <li>Korea: COW 730 is the Korea of 1887-1905 with COW abbreviation KOR, while ISO's KOR is
 * South Korea (COW 732, abbreviation ROK).</li>
 * <li>Yemen: COW 678 (North) and 680 (South) until 1990, then 679; Gleditsch-Ward keep 678.</li>
 * <li>Vietnam: in ISO's 1974 list VNM was the South (COW 817) and VDR the North (COW 816); VNM
 * passed to the unified state in 1976.</li>
 * <li>Serbia/Yugoslavia: COW 345 throughout (Serbia, Yugoslavia, Serbia and Montenegro, Serbia);
 * Gleditsch-Ward use 340 for Serbia before 1918 and after 2006; ISO has SRB, YUG, SCG.</li>
 * </ul>
 * Where two codes meet within a year, the year's code is the one in force on 31 December.
 */
public final class CountryCodes {
    private static final int OPEN_START = 1800;
    private static final int OPEN_END = 2100;
    private final Map<Integer, List<SystemSpell>> cow = new TreeMap<>();
    private final Map<String, Integer> byAbbreviation = new HashMap<>();
    private final Map<Integer, List<GwSpell>> gw = new TreeMap<>();
    private final List<IsoAssignment> iso;

    public CountryCodes(List<SystemSpell> system, List<GwSpell> gwStates, List<IsoAssignment> iso) {
        for (SystemSpell s : system) {
            cow.computeIfAbsent(s.ccode(), k -> new ArrayList<>()).add(carried(s));
            byAbbreviation.put(s.abbreviation(), s.ccode());
        }
        for (GwSpell s : gwStates) {
            gw.computeIfAbsent(s.gwcode(), k -> new ArrayList<>()).add(s);
        }
        this.iso = List.copyOf(iso);
    }

    /**
     * A spell still running on the last day of COW v2016 runs on: without this, every ISO code
     * failed after 2016 ("ISO code KOR does not stand for any state in 2018") while the COW number
     * worked, for the state system carries the same states forward (peacesciencer's {@code mry = TRUE},
     * {@link StateSystem}). The commands bound their years themselves.
     */
    private static SystemSpell carried(SystemSpell s) {
        return s.end().equals(StateSystem.DATA_END)
                ? new SystemSpell(s.ccode(), s.abbreviation(), s.name(), s.start(), LocalDate.of(OPEN_END, 12, 31)) : s;
    }

    /** The ISO table shipped with Spokes ({@code iso3.csv}, one row per code and period). */
    public static List<IsoAssignment> isoTable() {
        List<IsoAssignment> out = new ArrayList<>();
        try (InputStream in = CountryCodes.class.getResourceAsStream("iso3.csv");
             CsvReader r = CsvReader.of(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)))) {
            r.next();
            List<String> f;
            while ((f = r.next()) != null) {
                out.add(new IsoAssignment(Integer.parseInt(f.get(0)), f.get(1),
                        f.get(2).isEmpty() ? OPEN_START : Integer.parseInt(f.get(2)),
                        f.get(3).isEmpty() ? OPEN_END : Integer.parseInt(f.get(3)), f.size() > 4 ? f.get(4) : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled ISO code table", e);
        }
        return out;
    }

    public boolean knowsCow(int ccode) {
        return cow.containsKey(ccode);
    }

    /** COW's abbreviation of a COW code (e.g. 732 to ROK). */
    public Optional<String> cowAbbreviation(int ccode) {
        List<SystemSpell> spells = cow.get(ccode);
        return spells == null ? Optional.empty() : Optional.of(spells.get(0).abbreviation());
    }

    /** COW's name of a COW code. */
    public Optional<String> cowName(int ccode) {
        List<SystemSpell> spells = cow.get(ccode);
        return spells == null ? Optional.empty() : Optional.of(spells.get(spells.size() - 1).name());
    }

    /** The COW code of a COW abbreviation (e.g. ROK to 732, KOR to 730). */
    public OptionalInt fromCowAbbreviation(String abbreviation) {
        Integer c = byAbbreviation.get(abbreviation.toUpperCase(Locale.ROOT));
        return c == null ? OptionalInt.empty() : OptionalInt.of(c);
    }

    /** The ISO alpha-3 code of a COW state in a year, if ISO has one for it. */
    public Optional<String> iso3(int ccode, int year) {
        for (IsoAssignment a : iso) {
            if (a.ccode() == ccode && a.covers(year)) {
                return Optional.of(a.iso3());
            }
        }
        return Optional.empty();
    }

    /**
     * The COW state an ISO code stands for in a year (the state must be a COW member that year). When two COW codes share the ISO code in the
     * year (DEU in 1990: 260 until 2 October, 255 from 3 October), the one in force on 31 December wins.
     */
    public OptionalInt fromIso3(String code, int year) {
        String c = code.toUpperCase(Locale.ROOT);
        int best = -1;
        for (IsoAssignment a : iso) {
            if (a.iso3().equals(c) && a.covers(year) && cowListed(a.ccode(), year) && (best < 0 || memberOnLastDay(a.ccode(), year))) {
                best = a.ccode();
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    public boolean isIsoCode(String code) {
        String c = code.toUpperCase(Locale.ROOT);
        return iso.stream().anyMatch(a -> a.iso3().equals(c));
    }

    /** The Gleditsch-Ward code of a COW state in a year, if G-W list the state that year. */
    public OptionalInt gwCode(int ccode, int year) {
        int candidate = ccode;
        if (ccode == 255 && year >= 1990) {
            candidate = 260;
        } else if (ccode == 679) {
            candidate = 678;
        } else if (ccode == 345 && (year <= 1917 || year >= 2006)) {
            candidate = 340;
        }
        return gwListed(candidate, year) ? OptionalInt.of(candidate) : OptionalInt.empty();
    }

    /** The COW code of a Gleditsch-Ward state in a year, if COW list the state that year. */
    public OptionalInt fromGw(int gwcode, int year) {
        int candidate = gwcode;
        if (gwcode == 260 && year >= 1990) {
            candidate = 255;
        } else if (gwcode == 678 && year >= 1990) {
            candidate = 679;
        } else if (gwcode == 340) {
            candidate = 345;
        }
        return cowListed(candidate, year) ? OptionalInt.of(candidate) : OptionalInt.empty();
    }

    /**
     * Reads a state as a user types it: a COW number ({@code 732}), an ISO alpha-3 code
     * ({@code KOR}), {@code cow:ABB} for a COW abbreviation ({@code cow:ROK}) or {@code gw:NNN}
     * for a Gleditsch-Ward code. ISO codes come first, because COW abbreviations reuse some of them
     * for other states (COW's KOR, AUS, SLV, CZE and MNG are not ISO's).
     *
     * @throws IllegalArgumentException with what to type instead
     */
    public int resolve(String text, int year) {
        String t = text.trim();
        if (t.matches("\\d{1,3}")) {
            int c = Integer.parseInt(t);
            if (!knowsCow(c)) {
                throw new FieldException("", "no COW state has code " + c);
            }
            return c;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("cow:")) {
            return fromCowAbbreviation(t.substring(4)).orElseThrow(() ->
                    new FieldException("", "no COW state has the abbreviation '" + t.substring(4) + "'"));
        }
        if (lower.startsWith("gw:")) {
            int g;
            try {
                g = Integer.parseInt(t.substring(3));
            } catch (NumberFormatException e) {
                throw new FieldException("", "expected gw:<number>, found '" + t + "'");
            }
            return fromGw(g, year).orElseThrow(() ->
                    new FieldException("", "Gleditsch-Ward state " + g + " has no COW counterpart in " + year));
        }
        if (t.matches("[A-Za-z]{3}")) {
            OptionalInt byIso = fromIso3(t, year);
            if (byIso.isPresent()) {
                return byIso.getAsInt();
            }
            if (isIsoCode(t)) {
                throw new FieldException("", "ISO code " + t.toUpperCase(Locale.ROOT) + " does not stand for any state in "
                        + year + " (" + isoSpan(t) + "); give the COW number, or cow:<abbreviation> for COW's abbreviation");
            }
            OptionalInt byCow = fromCowAbbreviation(t);
            if (byCow.isPresent()) {
                return byCow.getAsInt();
            }
        }
        throw new FieldException("", "unknown state '" + t + "'; give an ISO alpha-3 code (KOR), a COW number (732), "
                + "cow:<COW abbreviation> (cow:ROK) or gw:<Gleditsch-Ward number>");
    }

    /** A three-letter id for a state in a year: its ISO code, else its COW abbreviation. */
    public String id(int ccode, int year) {
        return iso3(ccode, year).or(() -> cowAbbreviation(ccode))
                .orElseThrow(() -> new FieldException("", "no COW state has code " + ccode));
    }

    private String isoSpan(String code) {
        StringBuilder b = new StringBuilder();
        for (IsoAssignment a : iso) {
            if (a.iso3().equalsIgnoreCase(code)) {
                b.append(b.length() == 0 ? "" : "; ").append("COW ").append(a.ccode()).append(' ')
                        .append(a.from() == OPEN_START ? "" : a.from()).append('-').append(a.to() == OPEN_END ? "" : a.to());
            }
        }
        return b.toString();
    }

    private boolean memberOnLastDay(int ccode, int year) {
        for (SystemSpell s : cow.getOrDefault(ccode, List.of())) {
            if (!s.start().isAfter(LocalDate.of(year, 12, 31)) && s.end().getYear() >= year
                    && (s.end().getYear() > year || s.end().getMonthValue() == 12 && s.end().getDayOfMonth() == 31)) {
                return true;
            }
        }
        return false;
    }

    private boolean gwListed(int gwcode, int year) {
        for (GwSpell s : gw.getOrDefault(gwcode, List.of())) {
            if (s.coversYear(year)) {
                return true;
            }
        }
        return false;
    }

    private boolean cowListed(int ccode, int year) {
        for (SystemSpell s : cow.getOrDefault(ccode, List.of())) {
            if (s.coversYear(year)) {
                return true;
            }
        }
        return false;
    }
}
