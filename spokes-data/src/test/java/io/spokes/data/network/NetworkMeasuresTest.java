package io.spokes.data.network;

import io.spokes.data.atop.AtopMemberReader;
import io.spokes.data.cow.MajorPowerReader;
import io.spokes.data.cow.StateSystem;
import io.spokes.data.cow.StateSystemReader;
import io.spokes.data.dyad.AllianceTies;
import io.spokes.data.source.DataFiles;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NetworkMeasuresTest {
    private static Graph<Integer, DefaultEdge> graph(int[][] edges) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int[] e : edges) {
            g.addVertex(e[0]);
            g.addVertex(e[1]);
            g.addEdge(e[0], e[1]);
        }
        return g;
    }

    @Test
    void aPureHubAndSpokesStarIsFullyCentralizedWithNoLattice() {
        NetworkYear star = NetworkMeasures.measure("t", 2000, 5, graph(new int[][] {{2, 732}, {2, 740}, {2, 840}, {2, 900}}));
        assertThat(star.hubs()).containsExactly(2);
        assertThat(star.spokes()).containsExactly(732, 740, 840, 900);
        assertThat(star.centralization()).isEqualTo(1.0);
        assertThat(star.latticeDensity()).isEqualTo(0.0);
        assertThat(star.transitivity()).isEqualTo(0.0);
        assertThat(star.closedTriadShare()).isEqualTo(0.0);
        assertThat(star.components()).isEqualTo(1);
    }

    @Test
    void aCompleteAllianceHasNoCentralizationAndAFullLattice() {
        NetworkYear k4 = NetworkMeasures.measure("t", 2000, 4,
                graph(new int[][] {{200, 220}, {200, 255}, {200, 325}, {220, 255}, {220, 325}, {255, 325}}));
        assertThat(k4.centralization()).isEqualTo(0.0);
        assertThat(k4.latticeDensity()).isEqualTo(1.0);
        assertThat(k4.transitivity()).isEqualTo(1.0);
        assertThat(k4.closedTriadShare()).isEqualTo(1.0);
        assertThat(k4.hubs()).containsExactly(200, 220, 255, 325);
    }

    @Test
    void trianglesAndTriadsAgreeWithBruteForceOnRandomGraphsOfLargeCodes() {
        Random random = new Random(42);
        for (int trial = 0; trial < 20; trial++) {
            Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
            int n = 12 + random.nextInt(20);
            for (int i = 0; i < n; i++) {
                g.addVertex(200 + i * 7);
            }
            List<Integer> v = List.copyOf(g.vertexSet());
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (random.nextDouble() < 0.3) {
                        g.addEdge(v.get(i), v.get(j));
                    }
                }
            }
            long brute = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    for (int k = j + 1; k < n; k++) {
                        if (g.containsEdge(v.get(i), v.get(j)) && g.containsEdge(v.get(j), v.get(k)) && g.containsEdge(v.get(i), v.get(k))) {
                            brute++;
                        }
                    }
                }
            }
            assertThat(NetworkMeasures.triangles(g)).isEqualTo(brute);
        }
    }

    @Test
    void eastAsiaIsHubAndSpokeWhileEuropeIsALattice() {
        DataFiles files = DataFiles.bundled();
        StateSystem system = new StateSystem(StateSystemReader.read(files), 2018);
        AllianceTies ties = AllianceTies.build(AtopMemberReader.read(files));
        MajorPowers majors = new MajorPowers(MajorPowerReader.read(files));
        double asiaC = 0;
        double asiaL = 0;
        double europeC = 0;
        double europeL = 0;
        for (int y = 1980; y <= 2018; y++) {
            final int year = y;
            NetworkYear asia = NetworkMeasures.measure("asia", y, 0, AllianceGraph.of(ties, system, y, Region.ASIA::contains,
                    c -> Region.ASIA.contains(c) || majors.majorIn(c, year), TieKind.DEFENSE));
            NetworkYear europe = NetworkMeasures.measure("europe", y, 0, AllianceGraph.of(ties, system, y, Region.EUROPE::contains,
                    c -> Region.EUROPE.contains(c) || majors.majorIn(c, year), TieKind.DEFENSE));
            asiaC += asia.centralization();
            asiaL += asia.latticeDensity();
            europeC += europe.centralization();
            europeL += europe.latticeDensity();
            if (y == 1980) {
                assertThat(asia.hubs()).containsExactly(2);
                assertThat(asia.spokes()).contains(732, 740, 840, 900);
            }
        }
        assertThat(asiaC).isGreaterThan(europeC);
        assertThat(asiaL / 39).isLessThan(0.2);
        assertThat(europeL / 39).isGreaterThan(0.7);
    }

    @Test
    void similarityMeasuresOnHandMadePortfolios() {
        int[] usa = {3, 3, 3, 0, 0, 1};
        int[] same = usa.clone();
        int[] opposite = {0, 0, 0, 3, 3, 2};
        assertThat(Similarity.s(usa, same, 3)).isEqualTo(1.0);
        assertThat(Similarity.tauB(usa, same, 3)).isEqualTo(1.0, within(1e-12));
        // distance 3+3+3+3+3+1 = 16 over 6 states of range 3: 1 - 2 * 16 / 18.
        assertThat(Similarity.s(usa, opposite, 3)).isEqualTo(1 - 32.0 / 18, within(1e-12));
        double[] equal = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1};
        assertThat(Similarity.weightedS(usa, opposite, equal, 3)).isEqualTo(Similarity.s(usa, opposite, 3), within(1e-12));
        double[] missing = {0.5, Double.NaN, 0.5, Double.NaN, Double.NaN, Double.NaN};
        assertThat(Similarity.weightedS(usa, opposite, missing, 3)).isEqualTo(-1.0, within(1e-12));
        assertThat(Similarity.tauB(new int[] {1, 1, 1}, new int[] {0, 1, 2}, 3)).isNaN();
    }

    @Test
    void tauBFromTheContingencyTableEqualsThePairwiseDefinition() {
        Random random = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            int n = 3 + random.nextInt(60);
            int[] x = new int[n];
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextInt(4);
                y[i] = random.nextDouble() < 0.5 ? x[i] : random.nextInt(4);
            }
            long con = 0;
            long dis = 0;
            long tx = 0;
            long ty = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    int dx = x[i] - x[j];
                    int dy = y[i] - y[j];
                    if (dx == 0 && dy == 0) {
                        continue;
                    } else if (dx == 0) {
                        tx++;
                    } else if (dy == 0) {
                        ty++;
                    } else if (dx * dy > 0) {
                        con++;
                    } else {
                        dis++;
                    }
                }
            }
            double denominator = Math.sqrt((double) (con + dis + tx) * (con + dis + ty));
            double expected = denominator == 0 ? Double.NaN : (con - dis) / denominator;
            if (Double.isNaN(expected)) {
                assertThat(Similarity.tauB(x, y, 3)).isNaN();
            } else {
                assertThat(Similarity.tauB(x, y, 3)).isEqualTo(expected, within(1e-12));
            }
        }
    }
}
