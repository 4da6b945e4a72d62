package io.spokes.bench;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisSolver;
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

    private Findings() {
    }

    public static void main(String[] args) {
        Scenario s = ScenarioReader.read(Path.of(args.length > 0 ? args[0] : "scenarios/korea-2023.yaml"));
        List<String> spokes = new AllianceNetwork(s).spokesOf(s.hub());
        System.out.println("Scenario `" + s.name() + "`, seed " + SEED + ", hub " + s.hub() + ", spokes " + spokes + ".\n");
        System.out.print(tables(s));
    }

    /** The four tables of docs/findings.md ("## Tables"), lines ending in '\n' on every platform. */
    public static String tables(Scenario s) {
        AllianceNetwork net = new AllianceNetwork(s);
        List<String> spokes = net.spokesOf(s.hub());
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        lambda(out, s, spokes);
        iota(out, s, spokes);
        addedDefender(out, s, net);
        collaboration(out, s, spokes);
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

    private static String f(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "–";
    }
}
