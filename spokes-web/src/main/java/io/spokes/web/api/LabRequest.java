package io.spokes.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Scenario;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.core.policy.Architecture;
import io.spokes.core.policy.Variant;
import io.spokes.core.policy.VariantSpec;
import io.spokes.web.ApiException;
import io.spokes.web.Fields;
import io.spokes.web.Json;
import io.spokes.web.Limits;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A crisis to solve, as the page sends it: the scenario, challenger and target, parameter
 * overrides, the seed, and the variants to compare with the baseline (architectures, and a
 * spoke's policies as in {@code spokes compare}).
 *
 * @param scenario      the scenario with the overrides applied
 * @param bundled       the bundled scenario's name, or null for an edited or uploaded one
 * @param overrides     the parameters the request set, by symbol, as given
 */
public record LabRequest(Scenario scenario, String bundled, Crisis crisis, Map<String, Object> overrides, long seed,
                         List<String> architectures, List<String> policies, String spoke, List<Variant> variants) {
    /** The CLI's default seed, so that a run in the lab and {@code spokes compare} agree. */
    public static final long DEFAULT_SEED = io.spokes.core.crisis.CrisisSolver.DEFAULT_SEED;
    private static final Set<String> KEYS = Set.of("scenario", "document", "yaml", "file", "challenger", "target",
            "parameters", "seed", "architectures", "policies", "spoke");

    public LabRequest {
        overrides = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
        architectures = List.copyOf(architectures);
        policies = List.copyOf(policies);
        variants = List.copyOf(variants);
    }

    public static LabRequest parse(ObjectNode body, ScenarioSource source) {
        Fields f = new Fields(body, "", KEYS);
        ScenarioSource.Resolved resolved = source.resolve(f);
        Map<String, Object> overrides = new LinkedHashMap<>();
        Parameters p = overrides(resolved.scenario().parameters(), f.objectOrEmpty("parameters"), overrides);
        Scenario scenario = resolved.scenario().withParameters(p);
        Crisis crisis = crisis(scenario, f.stateId("challenger"), f.stateId("target"));
        long seed = f.longOr("seed", DEFAULT_SEED);
        List<String> architectures = f.texts("architectures", Architecture.values().length, 40);
        List<String> policies = f.texts("policies", Limits.MAX_VARIANTS - 1 - architectures.size(), 200);
        String spoke = f.has("spoke") ? f.stateId("spoke") : null;
        List<Variant> variants = variants(scenario, architectures, policies, spoke);
        return new LabRequest(scenario, resolved.bundled(), crisis, overrides, seed, architectures, policies, spoke, variants);
    }

    private static Parameters overrides(Parameters base, ObjectNode given, Map<String, Object> record) {
        Parameters p = base;
        for (Map.Entry<String, JsonNode> e : given.properties()) {
            String field = "parameters." + e.getKey();
            try {
                if (Parameters.COORDINATION.equals(e.getKey())) {
                    if (!e.getValue().isTextual()) {
                        throw ApiException.invalid(field, "coordination is upper, lower or auto, got " + Fields.kind(e.getValue()));
                    }
                    p = p.with(e.getKey(), e.getValue().textValue());
                    record.put(e.getKey(), e.getValue().textValue());
                } else {
                    double v = Fields.finite(e.getValue(), field);
                    p = p.with(e.getKey(), Double.toString(v));
                    record.put(e.getKey(), v);
                }
            } catch (FieldException ex) {
                throw ApiException.invalid(field, ex.getMessage());
            }
        }
        return Limits.check(p);
    }

    /** The crisis between two known, different states ({@link Scenario#crisis}), as the CLI finds it. */
    private static Crisis crisis(Scenario s, String challenger, String target) {
        try {
            return s.crisis(challenger, target);
        } catch (FieldException e) {
            throw ApiException.invalid(e.field(), e.getMessage());
        }
    }

    private static List<Variant> variants(Scenario s, List<String> architectures, List<String> policies, String spoke) {
        List<Variant> out = new ArrayList<>();
        out.add(Variant.baseline());
        for (int i = 0; i < architectures.size(); i++) {
            out.add(variant(s, architectures.get(i), VariantSpec.Kind.ARCHITECTURE, null, "architectures[" + i + "]"));
        }
        if (!policies.isEmpty()) {
            if (spoke == null) {
                throw ApiException.invalid("spoke", "policies need the spoke that adopts them (e.g. \"spoke\": \"KOR\")");
            }
            if (s.state(spoke).isEmpty()) {
                throw ApiException.invalid("spoke", "unknown state '" + spoke + "'; the scenario has " + String.join(", ", s.stateIds()));
            }
            AllianceNetwork network = new AllianceNetwork(s);
            if (network.hubOfSpoke(spoke).isEmpty()) {
                throw ApiException.invalid("spoke", "'" + spoke + "' is not a spoke of any hub in this scenario; hubs and spokes: " + network.hubs());
            }
            for (int i = 0; i < policies.size(); i++) {
                // "alignment+collaboration" composes policies in the order written, as in spokes compare
                out.add(variant(s, policies.get(i), VariantSpec.Kind.POLICY, spoke, "policies[" + i + "]"));
            }
        }
        return out;
    }

    /** One variant by {@link VariantSpec}; its errors name the request's field. */
    private static Variant variant(Scenario s, String text, VariantSpec.Kind kind, String spoke, String field) {
        try {
            return VariantSpec.parse(text, kind).variant(s, spoke);
        } catch (FieldException e) {
            throw ApiException.invalid(e.field().equals("spoke") ? "spoke" : field, e.getMessage());
        }
    }

    /** The request as stored with a run: everything but the scenario itself, which is stored whole beside it. */
    public ObjectNode toJson() {
        ObjectNode o = Json.object();
        if (bundled != null) {
            o.put("scenario", bundled);
        } else {
            o.putNull("scenario");
        }
        o.put("challenger", crisis.challenger());
        o.put("target", crisis.target());
        ObjectNode params = o.putObject("parameters");
        overrides.forEach((k, v) -> {
            if (v instanceof Double d) {
                params.put(k, d);
            } else {
                params.put(k, String.valueOf(v));
            }
        });
        o.put("seed", seed);
        ArrayNode a = o.putArray("architectures");
        architectures.forEach(a::add);
        ArrayNode pol = o.putArray("policies");
        policies.forEach(pol::add);
        if (spoke != null) {
            o.put("spoke", spoke);
        } else {
            o.putNull("spoke");
        }
        return o;
    }

    public List<String> variantNames() {
        return variants.stream().map(Variant::name).toList();
    }
}
