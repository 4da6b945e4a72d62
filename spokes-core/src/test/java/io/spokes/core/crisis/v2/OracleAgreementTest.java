package io.spokes.core.crisis.v2;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static io.spokes.core.crisis.v2.OracleWorlds.map;
import static io.spokes.core.crisis.v2.OracleWorlds.maps;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine against an independent implementation of model v2: the python oracle of
 * spokes-core/src/test/oracle/v2 (written from the design contract alone), on 40 random worlds
 * (seed 20260909) and two designed worlds whose fixed points differ. Every measure of every crisis
 * must agree within 1e-9 (the engine stops at a residual of 1e-10; the oracle runs the same
 * iteration). Each failure lists every disagreeing measure of the world, with both values.
 * Regenerate with {@code python3 spokes-core/src/test/oracle/v2/generate_fixtures.py}.
 */
class OracleAgreementTest {
    static final double TOLERANCE = 1e-9;

    static Stream<String> worlds() {
        return IntStream.rangeClosed(1, 42).mapToObj(i -> String.format("world-%02d.json", i));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("worlds")
    void engineMatchesTheOracleOnEveryMeasure(String file) {
        Map<String, Object> doc = OracleWorlds.resource(file);
        Map<String, Object> world = map(doc.get("world"));
        Scenario scenario = OracleWorlds.scenario(world);
        List<Crisis> crises = OracleWorlds.crises(world);
        List<Map<String, Object>> expected = maps(doc.get("results"));
        List<String> mismatches = new ArrayList<>();
        CrisisSolver solver = new CrisisSolver(scenario, CrisisSolver.DEFAULT_SEED);
        for (int i = 0; i < crises.size(); i++) {
            Object readings = expected.get(i).get("reading_sensitive");
            String sensitive = OracleWorlds.list(readings).isEmpty() ? "" : " [oracle reading-sensitive: " + readings + "]";
            Check c = new Check(file + " crisis " + i + " (" + crises.get(i).challenger() + "->" + crises.get(i).target() + ")" + sensitive, mismatches);
            compare(solver.solve(crises.get(i)), expected.get(i), c);
        }
        assertThat(mismatches).as("engine vs oracle, %s", file).isEmpty();
    }

    static void compare(CrisisResult r, Map<String, Object> e, Check c) {
        c.same("region", r.region().code(), e.get("region"));
        c.same("projection on/off", r.projection().startsWith("on"), ((String) e.get("projection")).startsWith("on"));
        c.same("hub", r.hub(), e.get("hub"));
        c.num("coordinationWeight", r.coordinationWeight(), e.get("coordination_weight"));
        c.num("expectations.ep", r.expectations().ep(), e.get("ep"));
        c.num("expectations.nuDefenders", r.expectations().nuDefenders(), e.get("nu_defenders"));
        c.num("expectations.nuChallengers", r.expectations().nuChallengers(), e.get("nu_challengers"));
        c.num("pResist", r.pResist(), e.get("p_resist"));
        c.num("pChallenge", r.pChallenge(), e.get("p_challenge"));
        c.num("deterrence", r.deterrence(), e.get("deterrence"));
        c.num("pWar", r.pWar(), e.get("p_war"));
        c.num("pChallengeYear", r.pChallengeYear(), e.get("p_challenge_year"));
        c.num("pWarYear", r.pWarYear(), e.get("p_war_year"));
        c.optional("hubAbandonment", r.hubAbandonment(), e.get("hub_abandonment"));
        headline(c, "upperHeadline", r.upperHeadline(), map(e.get("upper_headline")));
        headline(c, "lowerHeadline", r.lowerHeadline(), map(e.get("lower_headline")));
        c.same("equilibriaDiffer", r.equilibriaDiffer(), e.get("equilibria_differ"));
        c.same("upper converged", r.upper().converged(), map(e.get("upper")).get("converged"));
        c.same("lower converged", r.lower().converged(), map(e.get("lower")).get("converged"));

        Map<String, Object> t = map(e.get("target_principal"));
        c.num("target.capability", r.target().capability(), t.get("capability"));
        c.num("target.effectiveCapability", r.target().effectiveCapability(), t.get("effective_capability"));
        c.num("target.threshold", r.target().threshold(), t.get("threshold"));
        c.num("target.burdenShare", r.target().burdenShare(), t.get("burden_share"));
        c.num("target.expectedCost", r.target().expectedCost(), t.get("expected_cost"));
        Map<String, Object> ch = map(e.get("challenger_principal"));
        c.num("challenger.capability", r.challenger().capability(), ch.get("capability"));
        c.num("challenger.effectiveCapability", r.challenger().effectiveCapability(), ch.get("effective_capability"));
        c.num("challenger.burdenShare", r.challenger().burdenShare(), ch.get("burden_share"));

        List<Map<String, Object>> cands = maps(e.get("candidates"));
        TreeSet<String> engineIds = new TreeSet<>();
        r.candidates().forEach(x -> engineIds.add(x.state()));
        TreeSet<String> oracleIds = new TreeSet<>();
        cands.forEach(x -> oracleIds.add((String) x.get("state")));
        c.same("candidates", engineIds, oracleIds);
        for (Map<String, Object> x : cands) {
            String id = (String) x.get("state");
            Optional<CrisisResult.Candidate> found = r.candidate(id);
            if (found.isEmpty()) {
                continue;
            }
            CrisisResult.Candidate k = found.get();
            String p = id + ".";
            c.same(p + "side", k.side().code(), x.get("side"));
            c.same(p + "obligation", k.obligation().code(), x.get("obligation"));
            c.same(p + "obligated", k.obligated(), x.get("obligated"));
            c.num(p + "capability", k.capability(), x.get("capability"));
            c.num(p + "effectiveCapability", k.effectiveCapability(), x.get("effective_capability"));
            c.num(p + "affinity", k.affinity(), x.get("affinity"));
            c.num(p + "interest", k.interest(), x.get("interest"));
            c.num(p + "beta", k.beta(), x.get("beta"));
            c.num(p + "threshold", k.threshold(), x.get("threshold"));
            c.num(p + "q", k.q(), x.get("q"));
            c.num(p + "entanglement", k.entanglement(), x.get("entanglement"));
            c.num(p + "entanglementUnconditional", k.entanglementUnconditional(), x.get("entanglement_unconditional"));
            c.num(p + "entrapment", k.entrapment(), x.get("entrapment"));
            c.num(p + "entrapmentUnconditional", k.entrapmentUnconditional(), x.get("entrapment_unconditional"));
            c.optional(p + "abandonment", k.abandonment(), x.get("abandonment"));
            c.num(p + "burdenShare", k.burdenShare(), x.get("burden_share"));
            c.num(p + "expectedCost", k.expectedCost(), x.get("expected_cost"));
            c.num(p + "upper.q", r.upper().q().get(id), map(x.get("upper")).get("q"));
            c.num(p + "lower.q", r.lower().q().get(id), map(x.get("lower")).get("q"));
        }
    }

    static void headline(Check c, String name, CrisisResult.Headline h, Map<String, Object> e) {
        c.num(name + ".deterrence", h.deterrence(), e.get("deterrence"));
        c.num(name + ".pWar", h.pWar(), e.get("p_war"));
        Object ab = e.get("hub_abandonment");
        if (ab == null) {
            c.same(name + ".hubAbandonment is NaN", Double.isNaN(h.hubAbandonment()), true);
        } else {
            c.num(name + ".hubAbandonment", h.hubAbandonment(), ab);
        }
    }

    /** Collects disagreements instead of stopping at the first, so a report names them all. */
    static final class Check {
        private final String where;
        private final List<String> out;

        Check(String where, List<String> out) {
            this.where = where;
            this.out = out;
        }

        void num(String what, Double engine, Object oracle) {
            double o = (Double) oracle;
            if (engine == null || !(Math.abs(engine - o) <= TOLERANCE)) {
                out.add(String.format("%s %s: engine %s, oracle %.17g (diff %s)", where, what, engine, o,
                        engine == null ? "-" : String.format("%.3g", engine - o)));
            }
        }

        void optional(String what, Optional<Double> engine, Object oracle) {
            if (oracle == null) {
                if (engine.isPresent()) {
                    out.add(String.format("%s %s: engine %s, oracle none", where, what, engine.get()));
                }
            } else if (engine.isEmpty()) {
                out.add(String.format("%s %s: engine none, oracle %.17g", where, what, (Double) oracle));
            } else {
                num(what, engine.get(), oracle);
            }
        }

        void same(String what, Object engine, Object oracle) {
            if (engine == null ? oracle != null : !engine.equals(oracle)) {
                out.add(String.format("%s %s: engine %s, oracle %s", where, what, engine, oracle));
            }
        }
    }
}
