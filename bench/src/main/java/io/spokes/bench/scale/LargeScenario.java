package io.spokes.bench.scale;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic scenario of {@code n} states (2 to 999: COW codes stop at 999), the same text for
 * the same {@code n} and seed, for measuring how {@code validate} and {@code report} grow with the
 * size of a scenario (docs/performance.md, "Scenario size"). Made to look like a real system, not
 * to be one: capabilities heavy-tailed like CINC scores (summing to 1), nine nuclear states, a hub
 * (the strongest state) with bilateral defense treaties to {@link #spokes(int)} spokes, a rival
 * bloc around the second strongest state, regional multilateral treaties (defense, consultation,
 * nonaggression, some ended before the scenario year), one near-universal nonaggression treaty,
 * about {@code n/10} rivalries and four crises of interest in which the rival bloc challenges spokes.
 *
 * <p>Only the JDK is used, so the file also runs on its own:
 * {@code java bench/src/main/java/io/spokes/bench/scale/LargeScenario.java 999 1 > big.yaml}
 * (what {@code bench/scale-wall.sh} does).
 */
public final class LargeScenario {
    private static final int YEAR = 2023;
    private static final String SOURCE = "synthetic: bench/src/main/java/io/spokes/bench/scale/LargeScenario.java";

    private LargeScenario() {
    }

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: LargeScenario N [SEED]   (N states, 2 to 999; YAML on standard output)");
            System.exit(2);
        }
        System.out.print(yaml(Integer.parseInt(args[0]), args.length > 1 ? Long.parseLong(args[1]) : 1L));
    }

    /** The hub's number of spokes for {@code n} states: one in twenty states, at least 2 and at most 50. */
    public static int spokes(int n) {
        return Math.max(2, Math.min(50, n / 20));
    }

    /** The state id of index {@code i}: three capital letters, AAA, AAB, ... (ISO-like, none real on purpose). */
    public static String id(int i) {
        return "" + (char) ('A' + i / 676) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
    }

    /** The scenario as YAML (docs/scenario-format.md). */
    public static String yaml(int n, long seed) {
        if (n < 4 || n > 999) {
            throw new IllegalArgumentException("n must lie between 4 and 999 (COW codes are 1-999), got " + n);
        }
        Random rng = new Random(seed);
        double[] cap = capabilities(n, rng);
        // States sorted by capability, strongest first, so index 0 is the hub and 1 the rival.
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(cap[b], cap[a]));
        String[] ids = new String[n];
        for (int r = 0; r < n; r++) {
            ids[r] = id(order[r]);
        }
        StringBuilder y = new StringBuilder(n * 400);
        y.append("# Synthetic scenario of ").append(n).append(" states, seed ").append(seed)
                .append(", made by bench/src/main/java/io/spokes/bench/scale/LargeScenario.java. Not real data.\n");
        y.append("name: synthetic-").append(n).append('\n');
        y.append("title: \"Synthetic alliance system of ").append(n).append(" states (seed ").append(seed).append(")\"\n");
        y.append("year: ").append(YEAR).append('\n');
        y.append("description: >\n  A generated scenario for measuring how Spokes scales with the number of states.\n");
        y.append("citations:\n  - \"").append(SOURCE).append("\"\n");

        y.append("states:\n");
        for (int r = 0; r < n; r++) {
            int i = order[r];
            y.append("  - id: ").append(ids[r]).append('\n')
                    .append("    cow: ").append(i + 1).append('\n')
                    .append("    name: State ").append(ids[r]).append('\n')
                    .append("    capability: ").append(String.format(Locale.ROOT, "%.9f", cap[i])).append('\n')
                    .append("    nuclear: ").append(r < 9 && r != 2).append('\n')
                    .append("    source: \"").append(SOURCE).append("\"\n");
        }

        int spokes = spokes(n);
        int rivalBloc = Math.max(2, spokes / 3);
        y.append("treaties:\n");
        // The hub's spokes: ranks 2.. by capability, every other one (the rest are left to the regions).
        List<String> spokeIds = new ArrayList<>();
        for (int k = 0; k < spokes; k++) {
            String spoke = ids[2 + 2 * k];
            spokeIds.add(spoke);
            boolean asymmetric = rng.nextInt(4) == 0;
            treaty(y, "HUB-" + spoke, ids[0] + "-" + spoke + " mutual defense", 1950 + rng.nextInt(70), null,
                    new String[] {ids[0], spoke}, new String[] {"defense, consultation", asymmetric ? "consultation" : "defense, consultation"},
                    rng.nextInt(3), rng.nextBoolean(), rng.nextInt(3) == 0);
        }
        // The rival bloc: the second state's bilateral defense pacts with ranks 3, 5, 7, ...
        List<String> bloc = new ArrayList<>();
        for (int k = 0; k < rivalBloc && 3 + 2 * k < n; k++) {
            String member = ids[3 + 2 * k];
            bloc.add(member);
            treaty(y, "RIVAL-" + member, ids[1] + "-" + member + " treaty of friendship", 1960 + rng.nextInt(60), null,
                    new String[] {ids[1], member}, new String[] {"defense", rng.nextBoolean() ? "defense" : "offense, consultation"},
                    rng.nextInt(2), false, false);
        }
        // Regional treaties among contiguous blocks of states (by COW code, as regions are).
        int regions = Math.max(2, n / 40);
        String[] kinds = {"defense", "consultation", "nonaggression", "defense, consultation", "neutrality"};
        for (int g = 0; g < regions; g++) {
            int size = 4 + rng.nextInt(Math.max(1, Math.min(25, n / 8)));
            int start = rng.nextInt(n);
            Set<String> members = new LinkedHashSet<>();
            for (int k = 0; k < size; k++) {
                members.add(id((start + k) % n));
            }
            String kind = kinds[rng.nextInt(kinds.length)];
            String[] m = members.toArray(new String[0]);
            String[] obligations = new String[m.length];
            java.util.Arrays.fill(obligations, kind);
            int signed = 1920 + rng.nextInt(100);
            Integer ended = rng.nextInt(5) == 0 ? signed + 1 + rng.nextInt(Math.max(1, YEAR - 1 - signed)) : null;
            treaty(y, "REGION-" + (g + 1), "Regional pact " + (g + 1), signed, ended, m, obligations,
                    rng.nextInt(3), rng.nextBoolean(), rng.nextInt(4) == 0);
        }
        // One near-universal nonaggression treaty (like the Treaty of Amity and Cooperation): every third state.
        List<String> universal = new ArrayList<>();
        for (int r = 0; r < n; r += 3) {
            universal.add(ids[r]);
        }
        String[] none = new String[universal.size()];
        java.util.Arrays.fill(none, "nonaggression");
        treaty(y, "AMITY", "Treaty of amity", 1976, null, universal.toArray(new String[0]), none, 0, false, false);

        y.append("rivalries:\n");
        Set<String> pairs = new LinkedHashSet<>();
        rivalry(y, pairs, ids[0], ids[1]);
        for (int k = 0; k < Math.min(4, spokeIds.size()); k++) {
            rivalry(y, pairs, ids[1], spokeIds.get(k));
        }
        for (int k = 0; k < n / 10; k++) {
            rivalry(y, pairs, ids[rng.nextInt(n)], ids[rng.nextInt(n)]);
        }

        y.append("hub: ").append(ids[0]).append('\n');
        y.append("spokes: [").append(String.join(", ", spokeIds)).append("]\n");
        y.append("crises:\n");
        String[][] crises = {{ids[1], spokeIds.get(0)}, {ids[1], spokeIds.get(1)},
                {bloc.get(0), spokeIds.get(Math.min(2, spokeIds.size() - 1))}, {bloc.get(1), spokeIds.get(0)}};
        for (String[] c : crises) {
            y.append("  - challenger: ").append(c[0]).append('\n')
                    .append("    target: ").append(c[1]).append('\n')
                    .append("    label: \"").append(c[0]).append(" challenges ").append(c[1]).append("\"\n");
        }
        return y.toString();
    }

    /** Heavy-tailed positive capabilities summing to 1 (a Pareto tail, as CINC scores have). */
    private static double[] capabilities(int n, Random rng) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            c[i] = Math.pow(1.0 - rng.nextDouble(), -1.0 / 1.1);
            sum += c[i];
        }
        for (int i = 0; i < n; i++) {
            c[i] = Math.max(1e-7, c[i] / sum);
        }
        return c;
    }

    private static void treaty(StringBuilder y, String id, String name, int signed, Integer ended, String[] members,
                               String[] obligations, int milinst, boolean bases, boolean consultationBody) {
        y.append("  - id: ").append(id).append('\n')
                .append("    name: \"").append(name).append("\"\n")
                .append("    signed: ").append(signed).append("-01-01\n");
        if (ended != null) {
            y.append("    ended: ").append(ended).append("-12-31\n");
        }
        y.append("    members:\n");
        for (int k = 0; k < members.length; k++) {
            y.append("      - state: ").append(members[k]).append('\n')
                    .append("        obligations: [").append(obligations[k]).append("]\n");
        }
        y.append("    bases_troops: ").append(bases).append('\n')
                .append("    consultation_mechanism: ").append(consultationBody).append('\n')
                .append("    milinst: ").append(milinst).append('\n')
                .append("    source: \"").append(SOURCE).append("\"\n");
    }

    private static void rivalry(StringBuilder y, Set<String> pairs, String a, String b) {
        if (a.equals(b) || !pairs.add(a.compareTo(b) < 0 ? a + b : b + a)) {
            return;
        }
        y.append("  - states: [").append(a).append(", ").append(b).append("]\n")
                .append("    source: \"").append(SOURCE).append("\"\n");
    }
}
