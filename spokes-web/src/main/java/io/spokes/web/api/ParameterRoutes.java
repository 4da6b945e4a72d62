package io.spokes.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.web.Json;
import io.spokes.web.Limits;

import java.util.Map;

/**
 * {@code GET /api/parameters}: every model parameter with the spec's default, its admissible range
 * (the lab's cap where lower), its meaning, and for the lab's sliders a range and step. The
 * sliders cover the values worth exploring; any admissible value can still be sent to the API.
 */
public final class ParameterRoutes {
    /** Slider range and step; parameters marked main are shown first in the crisis lab. */
    record Slider(double lo, double hi, double step, boolean main) {
    }

    static final Map<Parameter, Slider> SLIDERS = Map.ofEntries(
            Map.entry(Parameter.KBAR, new Slider(0.1, 4, 0.05, true)),
            Map.entry(Parameter.SIGMA_K, new Slider(0.05, 2, 0.05, true)),
            Map.entry(Parameter.MU_THETA, new Slider(-2, 2, 0.05, true)),
            Map.entry(Parameter.SIGMA_THETA, new Slider(0.05, 2, 0.05, true)),
            Map.entry(Parameter.LAMBDA_DEFENSE, new Slider(0, 2, 0.05, true)),
            Map.entry(Parameter.LAMBDA_CONSULTATION, new Slider(0, 1, 0.01, true)),
            Map.entry(Parameter.RHO, new Slider(0, 2, 0.05, true)),
            Map.entry(Parameter.LAMBDA_DEP, new Slider(0, 2, 0.05, true)),
            Map.entry(Parameter.NUCLEAR_COST, new Slider(0, 5, 0.1, true)),
            Map.entry(Parameter.CHALLENGE_COST, new Slider(0, 2, 0.05, true)),
            Map.entry(Parameter.S, new Slider(0.1, 4, 0.05, false)),
            Map.entry(Parameter.GAMMA, new Slider(0.1, 5, 0.1, false)),
            Map.entry(Parameter.NUCLEAR_COMPELLENCE, new Slider(0, 1, 0.05, false)),
            Map.entry(Parameter.OPPORTUNITY, new Slider(0, 1, 0.01, false)),
            Map.entry(Parameter.W_IP, new Slider(0, 1, 0.05, false)),
            Map.entry(Parameter.IP_SCALE, new Slider(0.5, 6, 0.1, false)),
            Map.entry(Parameter.MILES_PER_DAY, new Slider(50, 1000, 10, false)),
            Map.entry(Parameter.W_DEF, new Slider(0, 1, 0.05, false)),
            Map.entry(Parameter.W_CON, new Slider(0, 1, 0.05, false)),
            Map.entry(Parameter.W_INST, new Slider(0, 1, 0.05, false)),
            Map.entry(Parameter.W_SH, new Slider(0, 1, 0.05, false)),
            Map.entry(Parameter.LAMBDA_OFFENSE, new Slider(0, 2, 0.05, false)),
            Map.entry(Parameter.LAMBDA_NEUTRALITY, new Slider(0, 1, 0.01, false)),
            Map.entry(Parameter.LAMBDA_NONAGGRESSION, new Slider(0, 1, 0.01, false)),
            Map.entry(Parameter.G, new Slider(0, 2, 0.05, false)),
            Map.entry(Parameter.PLEDGE, new Slider(1, 4, 0.05, false)),
            Map.entry(Parameter.IOTA_STEP, new Slider(0, 1, 0.05, false)));

    public void register(RoutesConfig routes) {
        routes.get("/api/parameters", this::list);
    }

    private void list(Context ctx) {
        ObjectNode o = Json.object();
        ArrayNode list = o.putArray("parameters");
        for (Parameter p : Parameter.values()) {
            ObjectNode n = list.addObject();
            n.put("symbol", p.symbol());
            n.put("default", p.defaultValue());
            n.put("min", p.min());
            n.put("max", max(p));
            n.put("integer", p.isInteger());
            n.put("meaning", p.meaning());
            Slider s = SLIDERS.get(p);
            if (s != null) {
                n.putObject("slider").put("lo", s.lo()).put("hi", s.hi()).put("step", s.step()).put("main", s.main());
            }
        }
        o.putObject("coordination").put("default", Parameters.defaults().coordination().code())
                .putArray("values").add("auto").add("upper").add("lower");
        Json.send(ctx, 200, o);
    }

    private static double max(Parameter p) {
        return switch (p) {
            case SAMPLES -> Math.min(p.max(), Limits.MAX_SAMPLES);
            case MAX_ITERATIONS -> Math.min(p.max(), Limits.MAX_ITERATIONS);
            default -> p.max();
        };
    }
}
