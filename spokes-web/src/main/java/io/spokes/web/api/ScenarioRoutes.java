package io.spokes.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Scenario;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.io.scenario.ScenarioWriter;
import io.spokes.web.Fields;
import io.spokes.web.Json;
import io.spokes.web.ScenarioLibrary;
import io.spokes.web.SolvePool;
import io.spokes.web.view.NetworkView;

/**
 * The bundled scenarios ({@code GET /api/scenarios}, {@code GET /api/scenarios/{name}}), checking
 * an edited or uploaded scenario ({@code POST /api/validate}) and writing it as YAML
 * ({@code POST /api/yaml}).
 */
public final class ScenarioRoutes {
    private final ScenarioLibrary library;
    private final ScenarioSource source;
    private final SolvePool pool;

    public ScenarioRoutes(ScenarioLibrary library, ScenarioSource source, SolvePool pool) {
        this.library = library;
        this.source = source;
        this.pool = pool;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/scenarios", this::list);
        routes.get("/api/scenarios/{name}", this::one);
        routes.post("/api/validate", this::validate);
        routes.post("/api/yaml", this::yaml);
    }

    private void list(Context ctx) {
        ObjectNode o = Json.object();
        o.put("directory", library.directory().toString());
        ArrayNode list = o.putArray("scenarios");
        for (ScenarioLibrary.Entry e : library.list()) {
            ObjectNode n = list.addObject();
            n.put("name", e.name());
            n.put("file", e.file().getFileName().toString());
            if (e.valid()) {
                summary(n, e.scenario());
            } else {
                n.put("error", e.error());
            }
        }
        Json.send(ctx, 200, o);
    }

    private void one(Context ctx) {
        Scenario s = library.get(ctx.pathParam("name"));
        ObjectNode o = pool.run(() -> described(s));
        o.put("bundled", ctx.pathParam("name"));
        Json.send(ctx, 200, o);
    }

    /** 200 with the scenario as the page uses it, or 422 with the CLI's message, field, line and column. */
    private void validate(Context ctx) {
        ObjectNode body = Json.body(ctx);
        ObjectNode o = pool.run(() -> {
            Scenario s = source.resolve(new Fields(body, "", ScenarioSource.KEYS)).scenario();
            ObjectNode d = described(s);
            d.put("valid", true);
            return d;
        });
        Json.send(ctx, 200, o);
    }

    private void yaml(Context ctx) {
        ObjectNode body = Json.body(ctx);
        Scenario s = pool.run(() -> source.resolve(new Fields(body, "", ScenarioSource.KEYS)).scenario());
        ctx.header("Content-Disposition", "attachment; filename=\"" + s.name() + ".yaml\"");
        ctx.status(200).contentType("application/yaml; charset=utf-8").result(ScenarioWriter.yaml(s));
    }

    /** The scenario as a document in the file format (what the editor edits) and as the network the page draws. */
    static ObjectNode described(Scenario s) {
        ObjectNode o = Json.object();
        o.put("name", s.name());
        summary(o, s);
        o.set("document", Json.parse(ScenarioWriter.json(s)));
        o.set("network", NetworkView.of(s));
        return o;
    }

    private static void summary(ObjectNode n, Scenario s) {
        n.put("title", s.title());
        n.put("year", s.year());
        n.put("states", s.states().size());
        n.put("treaties", s.treaties().size());
        n.put("treaties_in_force", s.treaties().stream().filter(t -> t.inForceIn(s.year())).count());
        n.put("ties", new AllianceNetwork(s).ties().size());
        ArrayNode crises = n.putArray("crises");
        for (Crisis c : s.crises()) {
            crises.addObject().put("challenger", c.challenger()).put("target", c.target()).put("label", c.label());
        }
    }
}
