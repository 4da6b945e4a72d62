package io.spokes.io.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spokes.core.SpokesVersion;
import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.study.Measure;
import io.spokes.core.study.VariantOutcome;

import java.util.List;
import java.util.Map;

/**
 * Crisis results as JSON: the keys of the CLI contract ({@code deterrence}, {@code p_challenge},
 * {@code p_resist}, {@code p_war}, {@code hub}, {@code abandonment}, {@code entrapment},
 * {@code intervention}, {@code equilibria}, {@code parameters}, {@code seed}, {@code version},
 * {@code model}: the crisis model's version) and every other measure. Key order is fixed, so equal results give equal bytes.
 */
public final class CrisisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CrisisJson() {
    }

    /**
     * Where a measure sits in a crisis result as {@link #toNode} writes it (a JSON pointer; per-state
     * measures are objects keyed by state), or null for {@code annual_cost}, which a comparison
     * writes beside the result. The switch has no default so that a new measure must be placed here.
     */
    public static String pointer(Measure m) {
        return switch (m) {
            case DETERRENCE -> "/deterrence";
            case P_CHALLENGE -> "/p_challenge";
            case P_RESIST -> "/p_resist";
            case P_WAR -> "/p_war";
            case P_CHALLENGE_YEAR -> "/p_challenge_year";
            case P_WAR_YEAR -> "/p_war_year";
            case EXPECTED_P -> "/expectations/ep";
            case HUB_ABANDONMENT -> "/hub/abandonment";
            case EQUILIBRIA_UNIQUE -> "/equilibria/unique";
            case COORDINATION_WEIGHT -> "/equilibria/coordination_weight";
            case DETERRENCE_UPPER -> "/equilibria/upper/deterrence";
            case DETERRENCE_LOWER -> "/equilibria/lower/deterrence";
            case INTERVENTION -> "/intervention";
            case ABANDONMENT -> "/abandonment";
            case ENTANGLEMENT -> "/entanglement";
            case ENTANGLEMENT_UNCONDITIONAL -> "/entanglement_unconditional";
            case ENTRAPMENT -> "/entrapment";
            case ENTRAPMENT_UNCONDITIONAL -> "/entrapment_unconditional";
            case BURDEN_SHARE -> "/burden_share";
            case EXPECTED_WAR_COST -> "/expected_war_cost";
            case ANNUAL_COST -> null;
        };
    }

    public static ObjectNode toNode(String scenario, CrisisResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("scenario", scenario);
        ObjectNode crisis = o.putObject("crisis");
        crisis.put("challenger", r.crisis().challenger());
        crisis.put("target", r.crisis().target());
        crisis.put("label", r.crisis().label());
        crisis.put("region", r.region() == null ? null : r.region().code());
        o.put("projection", r.projection());
        put(o, "deterrence", r.deterrence());
        put(o, "p_challenge", r.pChallenge());
        put(o, "p_resist", r.pResist());
        put(o, "p_war", r.pWar());
        put(o, "p_challenge_year", r.pChallengeYear());
        put(o, "p_war_year", r.pWarYear());
        ObjectNode hub = o.putObject("hub");
        hub.put("id", r.hub());
        put(hub, "abandonment", r.hubAbandonment().orElse(Double.NaN));
        put(hub, "intervention", r.candidate(r.hub()).map(CrisisResult.Candidate::q).orElse(Double.NaN));
        map(o.putObject("abandonment"), r.abandonment());
        map(o.putObject("entanglement"), r.entanglement());
        ObjectNode entangleU = o.putObject("entanglement_unconditional");
        map(o.putObject("entrapment"), r.entrapment());
        ObjectNode entrapU = o.putObject("entrapment_unconditional");
        ObjectNode burden = o.putObject("burden_share");
        ObjectNode cost = o.putObject("expected_war_cost");
        ObjectNode threshold = o.putObject("threshold");
        ObjectNode beta = o.putObject("beta");
        ObjectNode side = o.putObject("side");
        ObjectNode obligation = o.putObject("obligation");
        ObjectNode affinity = o.putObject("affinity");
        ObjectNode interest = o.putObject("interest");
        ObjectNode capability = o.putObject("effective_capability");
        put(capability, r.target().state(), r.target().effectiveCapability());
        put(capability, r.challenger().state(), r.challenger().effectiveCapability());
        put(burden, r.target().state(), r.target().burdenShare());
        put(cost, r.target().state(), r.target().expectedWarCost());
        put(threshold, r.target().state(), r.target().threshold());
        put(burden, r.challenger().state(), r.challenger().burdenShare());
        for (CrisisResult.Candidate c : r.candidates()) {
            put(entangleU, c.state(), c.entanglementUnconditional());
            put(entrapU, c.state(), c.entrapmentUnconditional());
            obligation.put(c.state(), c.obligation().code());
            put(affinity, c.state(), c.affinity());
            put(interest, c.state(), c.interest());
            put(capability, c.state(), c.effectiveCapability());
            put(burden, c.state(), c.burdenShare());
            put(cost, c.state(), c.expectedWarCost());
            put(threshold, c.state(), c.threshold());
            put(beta, c.state(), c.beta());
            side.put(c.state(), c.side().code());
        }
        map(o.putObject("intervention"), r.intervention());
        ObjectNode eq = o.putObject("equilibria");
        equilibrium(eq.putObject("upper"), r.upper(), r.upperHeadline());
        equilibrium(eq.putObject("lower"), r.lower(), r.lowerHeadline());
        eq.put("unique", r.unique());
        eq.put("differ", r.equilibriaDiffer());
        put(eq, "coordination_weight", r.coordinationWeight());
        eq.put("selected", r.selected().code());
        eq.put("selection_rule", r.selectionRule());
        ObjectNode ex = o.putObject("expectations");
        put(ex, "ep", r.expectations().ep());
        put(ex, "nu_defenders", r.expectations().nuDefenders());
        put(ex, "nu_challengers", r.expectations().nuChallengers());
        put(ex, "se_ep", r.expectations().seEp());
        put(ex, "se_nu_defenders", r.expectations().seNuDefenders());
        put(ex, "se_nu_challengers", r.expectations().seNuChallengers());
        put(ex, "se_deterrence", r.expectations().seDeterrence());
        o.put("method", r.method());
        o.put("draws", r.draws());
        ArrayNode transforms = o.putArray("transforms");
        r.transforms().forEach(transforms::add);
        ObjectNode params = o.putObject("parameters");
        for (Map.Entry<String, Object> e : r.parameters().asMap().entrySet()) {
            if (e.getValue() instanceof Long l) {
                params.put(e.getKey(), l);
            } else if (e.getValue() instanceof Double d) {
                params.put(e.getKey(), d);
            } else {
                params.put(e.getKey(), String.valueOf(e.getValue()));
            }
        }
        o.put("seed", r.seed());
        o.put("version", SpokesVersion.VERSION);
        o.put("model", SpokesVersion.MODEL);
        return o;
    }

    /** Variants side by side: {@code {"variants": [{"variant": ..., "annual_cost": ..., "result": {...}}], ...}}. */
    public static ObjectNode comparison(String scenario, List<VariantOutcome> outcomes, long seed) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("scenario", scenario);
        ArrayNode list = o.putArray("variants");
        for (VariantOutcome v : outcomes) {
            ObjectNode item = list.addObject();
            item.put("variant", v.variant());
            put(item, "annual_cost", v.annualCost());
            item.set("result", toNode(scenario, v.result()));
        }
        o.put("seed", seed);
        o.put("version", SpokesVersion.VERSION);
        o.put("model", SpokesVersion.MODEL);
        return o;
    }

    public static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    private static void equilibrium(ObjectNode o, CrisisResult.Equilibrium e, CrisisResult.Headline h) {
        map(o.putObject("q"), e.q());
        o.put("iterations", e.iterations());
        o.put("converged", e.converged());
        put(o, "residual", e.residual());
        put(o, "deterrence", h.deterrence());
        put(o, "p_war", h.pWar());
        put(o, "hub_abandonment", h.hubAbandonment());
    }

    private static void map(ObjectNode o, Map<String, Double> values) {
        values.forEach((k, v) -> put(o, k, v));
    }

    /** NaN (a measure that does not apply) is written as null. */
    private static void put(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }
}
