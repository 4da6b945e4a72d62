package io.spokes.web.history;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.spokes.core.domain.FieldException;
import io.spokes.data.network.NetworkYear;
import io.spokes.data.network.Region;
import io.spokes.web.ApiException;
import io.spokes.web.Json;
import io.spokes.web.ScenarioLibrary;
import io.spokes.web.SolvePool;

import org.jgrapht.graph.DefaultEdge;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The history view's data: {@code GET /api/data/network?year=&region=} (one year's ATOP defense
 * network with its measures) and {@code GET /api/data/series?region=} (centralization and lattice
 * density for every year). The data files are read on the first call.
 */
public final class HistoryRoutes {
    static final String SOURCES = "ATOP 5.1 member level (atop5_1m.csv): defense obligations in either direction; "
            + "COW State System v2016 (cow_states2016.csv); COW Major Powers v2016 (majors2016.csv); COW NMC 7.0 cinc";

    private final Supplier<AllianceHistory> loader;
    private final SolvePool pool;
    private volatile AllianceHistory history;

    public HistoryRoutes(Supplier<AllianceHistory> loader, SolvePool pool) {
        this.loader = loader;
        this.pool = pool;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/data/network", this::network);
        routes.get("/api/data/series", this::series);
    }

    private AllianceHistory history() {
        AllianceHistory h = history;
        if (h == null) {
            synchronized (this) {
                if (history == null) {
                    try {
                        history = loader.get();
                    } catch (RuntimeException e) {
                        throw new ApiException(503, "", "the alliance data could not be read: " + e.getMessage());
                    }
                }
                h = history;
            }
        }
        return h;
    }

    private void network(Context ctx) {
        int year = year(ctx.queryParam("year"));
        Region region = region(ctx.queryParam("region"));
        ObjectNode o = pool.run(() -> {
            AllianceHistory h = history();
            AllianceHistory.Year y = h.year(region, year);
            NetworkYear m = y.measures();
            ObjectNode out = Json.object();
            out.put("region", region.code());
            out.put("year", year);
            out.put("sources", SOURCES);
            Set<Integer> hubs = new HashSet<>(m.hubs());
            Set<Integer> spokes = new HashSet<>(m.spokes());
            ArrayNode states = out.putArray("states");
            for (int c : y.graph().vertexSet().stream().sorted().toList()) {
                ObjectNode s = states.addObject();
                s.put("ccode", c);
                s.put("id", h.id(c, year));
                s.put("name", h.name(c));
                OptionalDouble cap = h.capability(c, year);
                if (cap.isPresent()) {
                    s.put("capability", cap.getAsDouble());
                } else {
                    s.putNull("capability");
                }
                s.put("major", h.major(c, year));
                s.put("in_region", region.contains(c));
                s.put("role", hubs.contains(c) ? "hub" : spokes.contains(c) ? "spoke" : "other");
            }
            ArrayNode links = out.putArray("links");
            for (DefaultEdge e : y.graph().edgeSet()) {
                links.addArray().add(y.graph().getEdgeSource(e)).add(y.graph().getEdgeTarget(e));
            }
            out.set("measures", measures(h, m, year));
            return out;
        });
        Json.send(ctx, 200, o);
    }

    private void series(Context ctx) {
        Region region = region(ctx.queryParam("region"));
        ObjectNode o = pool.run(() -> {
            List<NetworkYear> rows = history().series(region);
            ObjectNode out = Json.object();
            out.put("region", region.code());
            out.put("sources", SOURCES);
            ArrayNode years = out.putArray("years");
            ArrayNode centralization = out.putArray("centralization");
            ArrayNode lattice = out.putArray("lattice_density");
            ArrayNode density = out.putArray("density");
            for (NetworkYear r : rows) {
                years.add(r.year());
                add(centralization, r.centralization());
                add(lattice, r.latticeDensity());
                add(density, r.density());
            }
            return out;
        });
        Json.send(ctx, 200, o);
    }

    private static ObjectNode measures(AllianceHistory h, NetworkYear m, int year) {
        ObjectNode n = Json.object();
        n.put("focus_states", m.focusStates());
        n.put("allied_states", m.alliedStates());
        n.put("ties", m.ties());
        ArrayNode hubs = n.putArray("hubs");
        m.hubs().forEach(c -> hubs.add(h.id(c, year)));
        n.put("hub_degree", m.hubDegree());
        ArrayNode spokes = n.putArray("spokes");
        m.spokes().forEach(c -> spokes.add(h.id(c, year)));
        Json.put(n, "centralization", m.centralization());
        Json.put(n, "lattice_density", m.latticeDensity());
        Json.put(n, "density", m.density());
        Json.put(n, "transitivity", m.transitivity());
        Json.put(n, "closed_triad_share", m.closedTriadShare());
        n.put("components", m.components());
        n.put("largest_component", m.largestComponent());
        return n;
    }

    private static void add(ArrayNode a, double v) {
        if (Double.isFinite(v)) {
            a.add(v);
        } else {
            a.addNull();
        }
    }

    static int year(String text) {
        if (text == null || !text.matches("-?[0-9]{1,9}")) {
            throw ApiException.badRequest("year", "give the year as a whole number, e.g. year=1950, got '"
                    + ScenarioLibrary.shorten(String.valueOf(text)) + "'");
        }
        int y = Integer.parseInt(text);
        if (y < AllianceHistory.FIRST_YEAR || y > AllianceHistory.LAST_YEAR) {
            throw ApiException.invalid("year", "the data cover " + AllianceHistory.FIRST_YEAR + "-" + AllianceHistory.LAST_YEAR
                    + " (ATOP 5.1 and the COW state system), got " + y);
        }
        return y;
    }

    static Region region(String text) {
        if (text == null || text.isBlank()) {
            return Region.ALL;
        }
        try {
            return Region.parse(text.length() > 40 ? text.substring(0, 40) : text);
        } catch (FieldException e) {
            throw ApiException.invalid("region", e.getMessage());
        }
    }
}
