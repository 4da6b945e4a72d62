package io.spokes.bench;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.crisis.Side;
import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Scenario;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.core.policy.Collaboration;
import io.spokes.core.policy.Policy;
import io.spokes.core.domain.Treaty;
import io.spokes.io.scenario.ScenarioReader;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Measures the spec's "expected but not guaranteed" comparative statics (section 7) on a scenario
 * and prints them as Markdown tables for docs/findings.md. Run from the repository root:
 * {@code java -cp bench/target/benchmarks.jar io.spokes.bench.Findings scenarios/korea-2023.yaml}.
 * {@code FindingsDocTest} holds docs/findings.md to {@link #tables} (bench/regenerate-docs.sh rewrites it).
 */
public final class Findings {
    private static final long SEED = 20230818L;
    private static final double[] LAMBDA_SCALE = {0.5, 1.0, 2.0, 4.0};
    private static final double[] IOTA_DELTA = {-0.5, -0.25, 0.0, 0.25, 0.5};
    private static final double[] KBAR = {0.5, 1.0, 2.0};

    private Findings() {
    }

    public static void main(String[] args) {
        Scenario s = ScenarioReader.read(Path.of(args.length > 0 ? args[0] : "scenarios/korea-2023.yaml"));
        List<String> spokes = new AllianceNetwork(s).spokesOf(s.hub());
        System.out.println("Scenario `" + s.name() + "`, seed " + SEED + ", hub " + s.hub() + ", spokes " + spokes + ".\n");
        System.out.print(tables(s));
    }

    /** The tables of docs/findings.md ("## Tables"), lines ending in '\n' on every platform. */
    public static String tables(Scenario s) {
        AllianceNetwork net = new AllianceNetwork(s);
        List<String> spokes = net.spokesOf(s.hub());
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        lambda(out, s, spokes);
        iota(out, s, spokes);
        addedDefender(out, s, net);
        collaboration(out, s, spokes);
        nuclear(out, s);
        challengeAndKbar(out, s);
        resistingChina(out, s);
        honour(out, s);
        defendersOfTheHub(out, s);
        out.flush();
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static void lambda(PrintWriter out, Scenario s, List<String> spokes) {
        out.println("### 1. Breach costs `lambda_obl` scaled by k (all obligation types)\n");
        out.println("| crisis | k | hub abandonment | " + String.join(" | ", spokes.stream().map(x -> "entrapment " + x).toList()) + " |");
        out.println("|---|---|---|" + "---|".repeat(spokes.size()));
        for (Crisis c : s.crises()) {
            for (double k : LAMBDA_SCALE) {
                Parameters p = s.parameters();
                for (Parameter lam : List.of(Parameter.LAMBDA_DEFENSE, Parameter.LAMBDA_OFFENSE, Parameter.LAMBDA_CONSULTATION,
                        Parameter.LAMBDA_NEUTRALITY, Parameter.LAMBDA_NONAGGRESSION)) {
                    p = p.with(lam, lam.defaultValue() * k);
                }
                CrisisResult r = new CrisisSolver(s.withParameters(p), SEED).solve(c);
                out.println("| " + c.label() + " | " + k + " | " + f(r.hubAbandonment().orElse(Double.NaN)) + " | "
                        + String.join(" | ", spokes.stream().map(x -> f(r.entrapment().getOrDefault(x, Double.NaN))).toList()) + " |");
            }
        }
        out.println();
    }

    private static void iota(PrintWriter out, Scenario s, List<String> spokes) {
        out.println("### 2. Institutionalization of the hub's tie to the target `iota_HT` shifted by d (capped to [0,1])\n");
        out.println("| crisis | d | iota_HT | hub abandonment | " + String.join(" | ", spokes.stream().map(x -> "entrapment " + x).toList()) + " |");
        out.println("|---|---|---|---|" + "---|".repeat(spokes.size()));
        for (Crisis c : s.crises()) {
            for (double d : IOTA_DELTA) {
                Scenario changed = s.amended("iota_HT" + d, List.of(new Amendment.AdjustTie(s.hub(), c.target(), d, null, 1.0, "findings")));
                AllianceNetwork net = new AllianceNetwork(changed);
                CrisisResult r = new CrisisSolver(net, SEED).solve(c);
                out.println("| " + c.label() + " | " + d + " | " + f(net.iota(net.indexOf(s.hub()), net.indexOf(c.target()))) + " | "
                        + f(r.hubAbandonment().orElse(Double.NaN)) + " | "
                        + String.join(" | ", spokes.stream().map(x -> f(r.entrapment().getOrDefault(x, Double.NaN))).toList()) + " |");
            }
        }
        out.println();
    }

    private static void addedDefender(PrintWriter out, Scenario s, AllianceNetwork net) {
        out.println("### 3. Adding a defender: a new bilateral defense treaty between state X and the target\n");
        out.println("| crisis | X | X's side before | deterrence before | deterrence after | change | P(war) before | P(war) after |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (Crisis c : s.crises()) {
            CrisisResult base = new CrisisSolver(net, SEED).solve(c);
            for (String x : s.stateIds()) {
                if (x.equals(c.challenger()) || x.equals(c.target())) {
                    continue;
                }
                if (net.obligation(net.indexOf(x), net.indexOf(c.target())) == Obligation.DEFENSE) {
                    continue;
                }
                Treaty pact = Treaty.builder().id("findings-" + x + "-" + c.target()).name("Hypothetical defense pact")
                        .members(List.of(Membership.of(x, Obligation.DEFENSE), Membership.of(c.target(), Obligation.DEFENSE)))
                        .institutions(Institutions.NONE).signed(LocalDate.of(s.year(), 1, 1)).source("findings").build();
                Scenario changed = s.amended("defender(" + x + ")", List.of(new Amendment.AddTreaty(pact, "findings")));
                CrisisResult r = new CrisisSolver(changed, SEED).solve(c);
                String before = base.candidate(x).map(k -> k.side().code()).orElse("none");
                out.println("| " + c.label() + " | " + x + " | " + before + " | " + f(base.deterrence()) + " | " + f(r.deterrence())
                        + " | " + String.format(Locale.ROOT, "%+.4f", r.deterrence() - base.deterrence()) + " | " + f(base.pWar()) + " | " + f(r.pWar()) + " |");
            }
        }
        out.println();
    }

    private static void collaboration(PrintWriter out, Scenario s, List<String> spokes) {
        out.println("### 4. Collaboration among spokes: spoke S signs consultation pacts with the other spokes\n");
        out.println("| crisis | S | S's entrapment before | after | change | deterrence before | after |");
        out.println("|---|---|---|---|---|---|---|");
        for (Crisis c : s.crises()) {
            CrisisResult base = new CrisisSolver(s, SEED).solve(c);
            for (String spoke : spokes) {
                if (spoke.equals(c.target())) {
                    continue;
                }
                CrisisResult r = new CrisisSolver(new Collaboration(spoke).apply(s), SEED).solve(c);
                double e0 = base.entrapment().getOrDefault(spoke, Double.NaN);
                double e1 = r.entrapment().getOrDefault(spoke, Double.NaN);
                out.println("| " + c.label() + " | " + spoke + " | " + f(e0) + " | " + f(e1) + " | "
                        + (Double.isNaN(e0 - e1) ? "–" : String.format(Locale.ROOT, "%+.4f", e1 - e0)) + " | "
                        + f(base.deterrence()) + " | " + f(r.deterrence()) + " |");
            }
        }
        out.println();
    }

    private static void nuclear(PrintWriter out, Scenario s) {
        out.println("### 5. Nuclear weapons: the target's own independence, without and with a nuclear arsenal\n");
        out.println("| crisis | variant | P(resist) | deterrence | P(war) | hub abandonment |");
        out.println("|---|---|---|---|---|---|");
        for (Crisis c : s.crises()) {
            List<Scenario> variants = List.of(s, Policy.INDEPENDENCE.transform(c.target()).apply(s),
                    Policy.INDEPENDENCE_NUCLEAR.transform(c.target()).apply(s));
            List<String> names = List.of("baseline", "independence(" + c.target() + ")", "independence-nuclear(" + c.target() + ")");
            for (int i = 0; i < variants.size(); i++) {
                CrisisResult r = new CrisisSolver(variants.get(i), SEED).solve(c);
                out.println("| " + c.label() + " | " + names.get(i) + " | " + f(r.pResist()) + " | " + f(r.deterrence()) + " | "
                        + f(r.pWar()) + " | " + f(r.hubAbandonment().orElse(Double.NaN)) + " |");
            }
        }
        out.println();
    }

    private static void challengeAndKbar(PrintWriter out, Scenario s) {
        out.println("### 6. How often each crisis is challenged, and how much that depends on the median war cost `kbar`\n");
        out.println("| crisis | kbar | P(challenge) | P(resist) | P(war) | hub abandonment |");
        out.println("|---|---|---|---|---|---|");
        for (Crisis c : s.crises()) {
            for (double kbar : KBAR) {
                CrisisResult r = new CrisisSolver(s.withParameters(s.parameters().with(Parameter.KBAR, kbar)), SEED).solve(c);
                out.println("| " + c.label() + " | " + kbar + " | " + f(r.pChallenge()) + " | " + f(r.pResist()) + " | " + f(r.pWar())
                        + " | " + f(r.hubAbandonment().orElse(Double.NaN)) + " |");
            }
        }
        out.println();
    }

    private static void resistingChina(PrintWriter out, Scenario s) {
        out.println("### 7. Resisting a Chinese challenge: each target's probability of resisting, with its defenders' help\n");
        out.println("| target | P(resist) | P(challenge) | P(war) | defenders | supporters of China |");
        out.println("|---|---|---|---|---|---|");
        for (String t : s.stateIds()) {
            if (t.equals("CHN") || s.state("CHN").isEmpty()) {
                continue;
            }
            CrisisResult r = new CrisisSolver(s, SEED).solve("CHN", t);
            long defenders = r.candidates().stream().filter(k -> k.side() == Side.DEFENDER).count();
            out.println("| " + t + " | " + f(r.pResist()) + " | " + f(r.pChallenge()) + " | " + f(r.pWar()) + " | " + defenders + " | "
                    + (r.candidates().size() - defenders) + " |");
        }
        out.println();
    }

    private static void honour(PrintWriter out, Scenario s) {
        out.println("### 8. Obligated defenders' intervention probability, given war (to set beside observed honour rates)\n");
        out.println("| crisis | obligated defender | obligation | q |");
        out.println("|---|---|---|---|");
        double sum = 0;
        int count = 0;
        for (Crisis c : s.crises()) {
            CrisisResult r = new CrisisSolver(s, SEED).solve(c);
            for (CrisisResult.Candidate k : r.candidates()) {
                if (k.obligated()) {
                    out.println("| " + c.label() + " | " + k.state() + " | " + k.obligation().code() + " | " + f(k.q()) + " |");
                    sum += k.q();
                    count++;
                }
            }
        }
        out.println("| all crises | mean of " + count + " | | " + f(count == 0 ? Double.NaN : sum / count) + " |");
        out.println();
    }

    private static void defendersOfTheHub(PrintWriter out, Scenario s) {
        if (s.hub() == null || s.state("CHN").isEmpty() || s.hub().equals("CHN")) {
            return;
        }
        CrisisResult r = new CrisisSolver(s, SEED).solve("CHN", s.hub());
        out.println("### 9. Who fights when China challenges the hub (" + s.hub() + "): each candidate's intervention probability, given war\n");
        out.println("| candidate | side | obligation | capability | q |");
        out.println("|---|---|---|---|---|");
        for (CrisisResult.Candidate k : r.candidates()) {
            out.println("| " + k.state() + " | " + k.side().code() + " | " + k.obligation().code() + " | " + f(k.capability()) + " | " + f(k.q()) + " |");
        }
        out.println("| (" + s.hub() + " itself resists) | target | | | " + f(r.pResist()) + " |");
        out.println();
    }

    private static String f(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "–";
    }
}
