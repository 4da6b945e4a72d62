package io.spokes.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.spokes.core.crisis.CrisisSolver;
import io.spokes.io.result.CrisisJson;
import io.spokes.web.Json;
import io.spokes.web.SolvePool;

import java.util.Locale;

/**
 * {@code POST /api/crisis} (one crisis, every measure, as {@code spokes crisis --format json}) and
 * {@code POST /api/compare} (the baseline and every requested variant, as {@code spokes compare}).
 * Both report their own time in a {@code Server-Timing} header.
 */
public final class CrisisRoutes {
    private final ScenarioSource source;
    private final SolvePool pool;

    public CrisisRoutes(ScenarioSource source, SolvePool pool) {
        this.source = source;
        this.pool = pool;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/crisis", this::crisis);
        routes.post("/api/compare", this::compare);
    }

    private void crisis(Context ctx) {
        long start = System.nanoTime();
        ObjectNode body = Json.body(ctx);
        ObjectNode out = pool.run(() -> {
            LabRequest r = LabRequest.parse(body, source);
            ObjectNode node = CrisisJson.toNode(r.scenario().name(), new CrisisSolver(r.scenario(), r.seed()).solve(r.crisis()));
            node.set("request", r.toJson());
            return node;
        });
        send(ctx, out, start);
    }

    private void compare(Context ctx) {
        long start = System.nanoTime();
        ObjectNode body = Json.body(ctx);
        ObjectNode out = pool.run(() -> Solved.of(LabRequest.parse(body, source)).json());
        send(ctx, out, start);
    }

    /** Answers with the server's own time for the request: reading, solving and writing JSON. */
    static void send(Context ctx, ObjectNode out, long start) {
        String text = Json.write(out);
        double ms = (System.nanoTime() - start) / 1e6;
        ctx.header("Server-Timing", String.format(Locale.ROOT, "lab;dur=%.2f;desc=\"read, solve, write\"", ms));
        ctx.status(200).contentType("application/json; charset=utf-8").result(text);
    }
}
