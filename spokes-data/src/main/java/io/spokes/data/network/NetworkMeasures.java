package io.spokes.data.network;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Measures one alliance graph: hubs and spokes, centralization, lattice density, transitivity, components. */
public final class NetworkMeasures {
    private NetworkMeasures() {
    }

    public static NetworkYear measure(String focus, int year, int focusStates, Graph<Integer, DefaultEdge> g) {
        int n = g.vertexSet().size();
        int maxDegree = 0;
        for (int v : g.vertexSet()) {
            maxDegree = Math.max(maxDegree, g.degreeOf(v));
        }
        List<Integer> hubs = new ArrayList<>();
        long deficit = 0;
        long triples = 0;
        for (int v : g.vertexSet()) {
            int d = g.degreeOf(v);
            if (d == maxDegree && d > 0) {
                hubs.add(v);
            }
            deficit += maxDegree - d;
            triples += (long) d * (d - 1) / 2;
        }
        hubs.sort(null);
        List<Integer> spokes = hubs.isEmpty() ? List.of() : Graphs.neighborListOf(g, hubs.get(0));
        spokes = new ArrayList<>(spokes);
        spokes.sort(null);
        double centralization = n < 3 ? Double.NaN : (double) deficit / ((double) (n - 1) * (n - 2));
        long triangles = triangles(g);
        // Every set of three states with at least two ties is one triad: closed (a triangle) or open.
        long openTriads = triples - 3 * triangles;
        double transitivity = triples == 0 ? Double.NaN : 3.0 * triangles / triples;
        double closedShare = triangles + openTriads == 0 ? Double.NaN : (double) triangles / (triangles + openTriads);
        List<Set<Integer>> parts = new ConnectivityInspector<>(g).connectedSets();
        int largest = parts.stream().mapToInt(Set::size).max().orElse(0);
        double density = n < 2 ? Double.NaN : 2.0 * g.edgeSet().size() / ((double) n * (n - 1));
        return new NetworkYear(focus, year, focusStates, n, g.edgeSet().size(), hubs, maxDegree, spokes, centralization,
                latticeDensity(g, spokes), density, transitivity, closedShare, parts.size(), largest);
    }

    /**
     * Triangles, each counted once. Counted here rather than with JGraphT's GraphMetrics or
     * ClusteringCoefficient, which over-counted on these graphs (1.5.2: transitivity above 1 for
     * NATO years), apparently comparing boxed COW codes above 127 by identity.
     */
    static long triangles(Graph<Integer, DefaultEdge> g) {
        long count = 0;
        for (DefaultEdge e : g.edgeSet()) {
            int u = g.getEdgeSource(e);
            int v = g.getEdgeTarget(e);
            int lo = Math.min(u, v);
            int hi = Math.max(u, v);
            for (int w : Graphs.neighborListOf(g, lo)) {
                if (w > hi && g.containsEdge(hi, w)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Share of possible ties among the spokes that exist. */
    static double latticeDensity(Graph<Integer, DefaultEdge> g, List<Integer> spokes) {
        int k = spokes.size();
        if (k < 2) {
            return Double.NaN;
        }
        int among = 0;
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                if (g.containsEdge(spokes.get(i), spokes.get(j))) {
                    among++;
                }
            }
        }
        return among / (k * (k - 1) / 2.0);
    }
}
