package io.spokes.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.spokes.core.policy.Architecture;
import io.spokes.core.policy.Policy;
import io.spokes.core.policy.VariantSpec;
import io.spokes.core.study.Measure;
import io.spokes.io.result.CrisisJson;
import io.spokes.web.Json;

/**
 * The core catalogues as the page reads them, so that it lists nothing by hand:
 * {@code GET /api/policies}, {@code GET /api/architectures} and {@code GET /api/measures}.
 */
public final class CatalogueRoutes {
    public void register(RoutesConfig routes) {
        routes.get("/api/policies", this::policies);
        routes.get("/api/architectures", this::architectures);
        routes.get("/api/measures", this::measures);
    }

    private void policies(Context ctx) {
        ObjectNode o = Json.object();
        ArrayNode list = o.putArray("policies");
        for (Policy p : Policy.values()) {
            list.addObject().put("name", p.code()).put("description", p.description()).put("in_full_design", p.inFullDesign());
        }
        o.put("syntax", VariantSpec.Kind.POLICY.allowed());
        Json.send(ctx, 200, o);
    }

    private void architectures(Context ctx) {
        ObjectNode o = Json.object();
        ArrayNode list = o.putArray("architectures");
        for (Architecture a : Architecture.values()) {
            list.addObject().put("name", a.code()).put("description", a.description());
        }
        Json.send(ctx, 200, o);
    }

    private void measures(Context ctx) {
        ObjectNode o = Json.object();
        ArrayNode list = o.putArray("measures");
        for (Measure m : Measure.values()) {
            ObjectNode n = list.addObject().put("name", m.code()).put("label", m.label()).put("scope", m.scope().code())
                    .put("applies_when", m.appliesWhen()).put("description", m.description()).put("headline", m.headline());
            String pointer = CrisisJson.pointer(m);
            if (pointer == null) {
                n.putNull("result_pointer");
            } else {
                n.put("result_pointer", pointer);
            }
        }
        Json.send(ctx, 200, o);
    }
}
