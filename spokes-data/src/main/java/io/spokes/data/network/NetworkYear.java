package io.spokes.data.network;

import java.util.List;

/**
 * Structure of one alliance network in one year. Ratios are NaN where they are undefined (fewer
 * than three states for centralization, fewer than two spokes for lattice density, no connected
 * triple for transitivity).
 *
 * @param focus            the region or state set measured
 * @param year             the year
 * @param focusStates      system members in the focus that year
 * @param alliedStates     states with at least one tie (vertices of the graph)
 * @param ties             edges
 * @param hubs             states of highest degree, ascending COW code
 * @param hubDegree        their degree
 * @param spokes           neighbours of the first hub
 * @param centralization   Freeman degree centralization, sum(max - deg) / ((n-1)(n-2)): 1 for a star
 * @param latticeDensity   density of ties among the first hub's spokes: 0 for pure hub and spokes
 * @param density          density of the whole graph
 * @param transitivity     3 x triangles / connected triples
 * @param closedTriadShare triangles / (triangles + open triads), counting each set of three states once
 * @param components       connected components
 * @param largestComponent states in the largest component
 */
public record NetworkYear(String focus, int year, int focusStates, int alliedStates, int ties, List<Integer> hubs, int hubDegree,
                          List<Integer> spokes, double centralization, double latticeDensity, double density,
                          double transitivity, double closedTriadShare, int components, int largestComponent) {
    public NetworkYear {
        hubs = List.copyOf(hubs);
        spokes = List.copyOf(spokes);
        if (alliedStates > 0 && hubs.isEmpty()) {
            throw new IllegalArgumentException("a network with ties has at least one hub");
        }
        for (double ratio : new double[] {centralization, latticeDensity, density, transitivity, closedTriadShare}) {
            if (!Double.isNaN(ratio) && (ratio < -1e-12 || ratio > 1 + 1e-12)) {
                throw new IllegalArgumentException("network ratios lie in [0, 1], got " + ratio + " for " + focus + " " + year);
            }
        }
    }
}
