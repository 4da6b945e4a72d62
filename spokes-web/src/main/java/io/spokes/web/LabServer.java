package io.spokes.web;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.spokes.core.SpokesVersion;
import io.spokes.web.api.CatalogueRoutes;
import io.spokes.web.api.CrisisRoutes;
import io.spokes.web.api.ParameterRoutes;
import io.spokes.web.api.RunRoutes;
import io.spokes.web.api.ScenarioRoutes;
import io.spokes.web.api.ScenarioSource;
import io.spokes.web.history.AllianceHistory;
import io.spokes.web.history.HistoryRoutes;
import io.spokes.web.store.RunStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * The Spokes lab: a Javalin server for the single-page app (its files and the WebJars it uses)
 * and the JSON API under {@code /api/}, over the same library as the command line.
 */
public final class LabServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LabServer.class);
    /** The page's files inside the jar; nothing outside this folder is served. */
    static final String PAGE = "/io/spokes/web/public";
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
                    + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'");

    private final LabConfig config;
    private final Javalin app;
    private final RunStore store;
    private final SolvePool pool;

    private LabServer(LabConfig config, Javalin app, RunStore store, SolvePool pool) {
        this.config = config;
        this.app = app;
        this.store = store;
        this.pool = pool;
    }

    /** Opens the run store, then listens; fails (and releases the store) if the port is taken. */
    public static LabServer start(LabConfig config) {
        RunStore store = RunStore.open(config.dataDir());
        SolvePool pool = new SolvePool(Math.max(1, Runtime.getRuntime().availableProcessors()), 16, Limits.SOLVE_TIMEOUT);
        try {
            Javalin app = create(config, store, pool);
            app.start(config.bind(), config.port());
            return new LabServer(config, app, store, pool);
        } catch (RuntimeException e) {
            pool.close();
            store.close();
            throw e;
        }
    }

    /**
     * Javalin 7 takes everything up front: settings, static files, filters, exception and error
     * handlers, and the routes, which each route class adds to {@code cfg.routes} in its
     * {@code register(RoutesConfig)}.
     */
    private static Javalin create(LabConfig config, RunStore store, SolvePool pool) {
        Access access = new Access(config);
        ScenarioLibrary library = new ScenarioLibrary(config.scenarios());
        ScenarioSource source = new ScenarioSource(library);
        return Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = Limits.MAX_BODY_BYTES;
            cfg.http.prefer405over404 = true;
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(Limits.MAX_HEADER_BYTES);
                http.setSendServerVersion(false);
            });
            cfg.jetty.modifyServer(server -> {
                // Bodies are received without holding a thread, within a deadline, a few per client at once.
                server.insertHandler(new BodyGate(Limits.BODY_DEADLINE, Limits.MAX_BODIES_PER_CLIENT));
                server.setErrorHandler(new ServerRefusals());
            });
            // Javalin's own JSON (ctx.json, bodyAsClass) goes through the lab's strict mapper, on the project's Jackson 2
            cfg.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = PAGE;
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "no-cache");
            });
            cfg.staticFiles.enableWebjars();
            RoutesConfig routes = cfg.routes;
            routes.before(ctx -> {
                SECURITY_HEADERS.forEach(ctx::header);
                access.check(ctx);
            });
            routes.exception(ApiException.class, (e, ctx) -> Json.send(ctx, e.status(), Json.error(e)));
            routes.exception(HttpResponseException.class, (e, ctx) -> refuse(ctx, e.getStatus(), e.getMessage()));
            routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
                Json.send(ctx, 500, Json.error(new ApiException(500, "", "internal error (" + e.getClass().getSimpleName()
                        + "): " + e.getMessage() + " — please report it with what you did")));
            });
            routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    refuse(ctx, 404, "no such endpoint: " + ctx.method() + " " + ScenarioLibrary.shorten(ctx.path()) + "; see docs/api.md");
                }
            });
            routes.get("/api/health", ctx -> Json.send(ctx, 200, Json.object().put("status", "ok").put("version", SpokesVersion.VERSION)
                    .put("scenarios", library.directory().toString()).put("token_required", config.requiresToken())));
            new ParameterRoutes().register(routes);
            new CatalogueRoutes().register(routes);
            new ScenarioRoutes(library, source, pool).register(routes);
            new CrisisRoutes(source, pool).register(routes);
            new RunRoutes(source, pool, store).register(routes);
            new HistoryRoutes(AllianceHistory::load, pool).register(routes);
        });
    }

    /**
     * Javalin's own refusals (404, 405, 413) in the API's error body, on every path: one shape for
     * every error the lab gives, as Jetty's own refusals ({@link ServerRefusals}).
     */
    private static void refuse(Context ctx, int status, String message) {
        Json.send(ctx, status, Json.error(new ApiException(status, "", message)));
    }

    public int port() {
        return app.port();
    }

    public LabConfig config() {
        return config;
    }

    /** The address to open: with the token in the fragment (never sent to the server in a request line) when one is required. */
    public String url() {
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        return "http://" + host + ":" + port() + "/" + (config.requiresToken() ? "#token=" + config.token() : "");
    }

    @Override
    public void close() {
        app.stop();
        pool.close();
        store.close();
    }
}
