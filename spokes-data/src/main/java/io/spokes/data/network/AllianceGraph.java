package io.spokes.data.network;

import io.spokes.data.cow.StateSystem;
import io.spokes.data.dyad.AllianceTies;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * The alliance network of one year as an undirected JGraphT graph of COW codes. An edge joins two
 * system members with a tie of the chosen kind in either direction when both are admitted and at
 * least one lies in the focus. For a region the admitted states are the region's and the major
 * powers of the year, since a region's system may have its hub elsewhere (the United States for
 * Asia) while minor outside allies (Iraq for Britain, Canada for NATO) would only add pendant
 * vertices; ties between two outsiders (US-UK for Asia) are left out. For a chosen set of states
 * the focus and the admitted states are that set.
 */
public final class AllianceGraph {
    private AllianceGraph() {
    }

    public static Graph<Integer, DefaultEdge> of(AllianceTies ties, StateSystem system, int year, IntPredicate focus,
                                                 IntPredicate admitted, TieKind kind) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        List<Integer> pairs = ties.pairsIn(year);
        for (int pair : pairs) {
            int a = pair / 1000;
            int b = pair % 1000;
            if (a > b && ties.directed(b, a, year) >= 0) {
                continue; // the pair is seen from its other direction
            }
            if (!(focus.test(a) || focus.test(b)) || !admitted.test(a) || !admitted.test(b)
                    || !system.memberIn(a, year) || !system.memberIn(b, year)) {
                continue;
            }
            if (kind.edge(ties.either(a, b, year))) {
                g.addVertex(a);
                g.addVertex(b);
                g.addEdge(a, b);
            }
        }
        return g;
    }
}
