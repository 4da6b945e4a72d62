package io.spokes.data.scenario;

import java.util.Map;

/**
 * Year of each state's first nuclear test, the rule Spokes uses for a scenario's {@code nuclear}
 * flag when it builds one from data: a state counts as nuclear from the year of its first test.
 * None of the bundled datasets records nuclear status, so these eight dates are written here, from
 * the public record (SIPRI Yearbook, "World nuclear forces"): United States 16 Jul 1945, Soviet
 * Union 29 Aug 1949, United Kingdom 3 Oct 1952, France 13 Feb 1960, China 16 Oct 1964, India
 * 18 May 1974, Pakistan 28 May 1998, North Korea 9 Oct 2006. States with weapons but no
 * acknowledged test (Israel; South Africa 1979-1991) are not marked; edit the scenario to add them.
 */
public final class NuclearTests {
    /** COW code to the year of the first test. */
    static final Map<Integer, Integer> FIRST_TEST = Map.of(2, 1945, 365, 1949, 200, 1952, 220, 1960, 710, 1964, 750, 1974,
            770, 1998, 731, 2006);

    private NuclearTests() {
    }

    public static boolean nuclearIn(int ccode, int year) {
        Integer first = FIRST_TEST.get(ccode);
        return first != null && first <= year;
    }

    public static String source(int ccode, int year) {
        Integer first = FIRST_TEST.get(ccode);
        return first != null && first <= year ? "first nuclear test " + first : "";
    }
}
