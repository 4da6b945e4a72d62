package io.spokes.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.spokes.core.SpokesVersion;
import io.spokes.core.study.Measure;
import io.spokes.io.result.CrisisJson;
import io.spokes.io.scenario.ScenarioWriter;
import io.spokes.web.ApiException;
import io.spokes.web.Fields;
import io.spokes.web.Json;
import io.spokes.web.Limits;
import io.spokes.web.ScenarioLibrary;
import io.spokes.web.SolvePool;
import io.spokes.web.store.NewRun;
import io.spokes.web.store.RunStore;
import io.spokes.web.store.RunSummary;
import io.spokes.web.store.SavedRun;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Saved runs: save ({@code POST /api/runs}, solved again on the server so that what is stored is
 * what the library computes), list, reopen, delete, export as CSV or JSON, and compare two side by
 * side.
 */
public final class RunRoutes {
    private static final int MAX_LISTED = 1_000;

    private final ScenarioSource source;
    private final SolvePool pool;
    private final RunStore store;

    public RunRoutes(ScenarioSource source, SolvePool pool, RunStore store) {
        this.source = source;
        this.pool = pool;
        this.store = store;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/runs", this::list);
        routes.post("/api/runs", this::save);
        routes.get("/api/runs/compare", this::compare);
        routes.get("/api/runs/{id}", this::one);
        routes.delete("/api/runs/{id}", this::delete);
        routes.get("/api/runs/{id}/export", this::export);
    }

    private void save(Context ctx) {
        ObjectNode body = Json.body(ctx);
        Fields f = new Fields(body, "", Set.of("label", "request"));
        String label = clean(f.textOr("label", Limits.MAX_LABEL_CHARS, ""));
        JsonNode req = f.raw("request");
        if (req == null || !req.isObject()) {
            throw ApiException.badRequest("request", "give the run's request: the body of a POST /api/compare");
        }
        Solved solved = pool.run(() -> Solved.of(LabRequest.parse((ObjectNode) req, source)));
        LabRequest r = solved.request();
        String name = r.bundled() != null ? r.bundled() : r.scenario().name();
        if (label.isEmpty()) {
            label = name + " " + r.crisis().challenger() + "→" + r.crisis().target();
        }
        RunSummary saved = store.save(new NewRun(label, name, r.crisis().challenger(), r.crisis().target(), r.variantNames(),
                r.seed(), SpokesVersion.VERSION, Json.write(r.toJson()), ScenarioWriter.json(r.scenario()),
                Json.write(solved.json()), solved.csv()));
        ctx.header("Location", "/api/runs/" + saved.id());
        ObjectNode o = Json.object();
        o.set("run", summary(saved));
        Json.send(ctx, 201, o);
    }

    private void list(Context ctx) {
        ObjectNode o = Json.object();
        ArrayNode list = o.putArray("runs");
        store.list(MAX_LISTED).forEach(s -> list.add(summary(s)));
        Json.send(ctx, 200, o);
    }

    private void one(Context ctx) {
        SavedRun run = find(ctx.pathParam("id"), "id");
        ObjectNode o = Json.object();
        o.set("run", summary(run.summary()));
        o.set("request", Json.parse(run.request()));
        o.set("scenario", Json.parse(run.scenario()));
        o.set("results", Json.parse(run.results()));
        Json.send(ctx, 200, o);
    }

    private void delete(Context ctx) {
        long id = id(ctx.pathParam("id"), "id");
        if (!store.delete(id)) {
            throw ApiException.notFound("id", "no saved run " + id);
        }
        ctx.status(204);
    }

    /** {@code ?format=csv} (the tidy table, as {@code spokes compare --format csv}) or {@code json}. */
    private void export(Context ctx) {
        SavedRun run = find(ctx.pathParam("id"), "id");
        String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format");
        String file = "spokes-run-" + run.summary().id();
        switch (format) {
            case "csv" -> {
                ctx.header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"");
                ctx.status(200).contentType("text/csv; charset=utf-8").result(run.csv());
            }
            case "json" -> {
                ObjectNode o = Json.object();
                o.set("run", summary(run.summary()));
                o.set("request", Json.parse(run.request()));
                o.set("scenario", Json.parse(run.scenario()));
                o.set("results", Json.parse(run.results()));
                ctx.header("Content-Disposition", "attachment; filename=\"" + file + ".json\"");
                Json.send(ctx, 200, o);
            }
            default -> throw ApiException.badRequest("format", "export as csv or json, got '" + ScenarioLibrary.shorten(format) + "'");
        }
    }

    /** Two runs side by side: the headline measures of every variant, and what differs in their inputs. */
    private void compare(Context ctx) {
        long ida = id(ctx.queryParam("a"), "a");
        long idb = id(ctx.queryParam("b"), "b");
        SavedRun a = find(ida, "a");
        SavedRun b = find(idb, "b");
        JsonNode ra = Json.parse(a.results());
        JsonNode rb = Json.parse(b.results());
        ObjectNode o = Json.object();
        o.set("a", summary(a.summary()));
        o.set("b", summary(b.summary()));
        ArrayNode measures = o.putArray("measures");
        Measure.headlines().forEach(m -> measures.add(m.code()));
        Set<String> variants = new LinkedHashSet<>(a.summary().variants());
        variants.addAll(b.summary().variants());
        ArrayNode rows = o.putArray("rows");
        for (String v : variants) {
            for (Measure m : Measure.headlines()) {
                ObjectNode row = rows.addObject();
                row.put("variant", v);
                row.put("measure", m.code());
                double x = measure(ra, v, m);
                double y = measure(rb, v, m);
                Json.put(row, "a", x);
                Json.put(row, "b", y);
                Json.put(row, "difference", y - x);
            }
        }
        ArrayNode params = o.putArray("parameters");
        JsonNode pa = parameters(ra);
        JsonNode pb = parameters(rb);
        Iterator<String> names = pa.fieldNames();
        while (names.hasNext()) {
            String k = names.next();
            if (!pa.get(k).equals(pb.get(k))) {
                ObjectNode diff = params.addObject().put("symbol", k);
                diff.set("a", pa.get(k));
                diff.set("b", pb.get(k));
            }
        }
        o.put("same_scenario", withoutParameters(a.scenario()).equals(withoutParameters(b.scenario())));
        o.put("same_crisis", a.summary().challenger().equals(b.summary().challenger()) && a.summary().target().equals(b.summary().target()));
        o.put("same_seed", a.summary().seed() == b.summary().seed());
        o.put("same_version", a.summary().version().equals(b.summary().version()));
        Json.send(ctx, 200, o);
    }

    private static double measure(JsonNode results, String variant, Measure measure) {
        for (JsonNode v : results.path("variants")) {
            if (v.path("variant").asText().equals(variant)) {
                JsonNode x = v.path("result").at(CrisisJson.pointer(measure));
                return x.isNumber() ? x.doubleValue() : Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** The stored scenario holds the run's parameters; "same scenario" means the same states, treaties and crises. */
    private static JsonNode withoutParameters(String scenario) {
        ObjectNode doc = (ObjectNode) Json.parse(scenario);
        doc.remove("parameters");
        return doc;
    }

    private static JsonNode parameters(JsonNode results) {
        JsonNode first = results.path("variants").path(0).path("result").path("parameters");
        return first.isObject() ? first : Json.object();
    }

    private SavedRun find(String text, String field) {
        return find(id(text, field), field);
    }

    private SavedRun find(long id, String field) {
        return store.get(id).orElseThrow(() -> ApiException.notFound(field, "no saved run " + id));
    }

    private static long id(String text, String field) {
        if (text == null || !text.matches("[0-9]{1,18}") || Long.parseLong(text) == 0) {
            throw ApiException.badRequest(field, "a run id is a positive whole number, got '"
                    + ScenarioLibrary.shorten(String.valueOf(text)) + "'");
        }
        return Long.parseLong(text);
    }

    static ObjectNode summary(RunSummary s) {
        ObjectNode n = Json.object();
        n.put("id", s.id());
        n.put("created", s.created().toString());
        n.put("label", s.label());
        n.put("scenario", s.scenario());
        n.put("challenger", s.challenger());
        n.put("target", s.target());
        ArrayNode v = n.putArray("variants");
        s.variants().forEach(v::add);
        n.put("seed", s.seed());
        n.put("version", s.version());
        return n;
    }

    /** A label as one line of printable text. */
    private static String clean(String label) {
        return label.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
