package io.spokes.core.network;

import io.spokes.core.domain.AffinityOverride;
import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.Conditions;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Rivalry;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ties, interests, affinities and hub structure that a {@link Scenario} implies (docs/model.md
 * §5.1–5.3): directed ties from the treaties in force, then the scenario's amendments in order;
 * interests {@code u_jt} apart from commitments and general (crisis-free) affinities {@code a_jt}
 * (change C6); the hub of each component of the defense graph and its spokes; a spoke's dependence
 * on its hub (change C9).
 */
public final class AllianceNetwork {
    private final Scenario scenario;
    private final List<State> states;
    private final Map<String, Integer> index;
    private final Tie[][] ties;
    private final double[][] affinity;
    private final double[][] interest;
    /** The scenario's affinity override of each pair, NaN where there is none. */
    private final double[][] override;
    private final boolean[][] sharedRival;
    private final Map<String, String> hubOf = new HashMap<>();
    private final Map<String, List<String>> spokesOf = new java.util.TreeMap<>();
    private final List<Treaty> treaties = new ArrayList<>();

    public AllianceNetwork(Scenario scenario) {
        this.scenario = scenario;
        this.states = scenario.states();
        this.index = scenario.indexById();
        int n = states.size();
        this.ties = new Tie[n][n];
        for (Treaty t : scenario.treaties()) {
            if (t.inForceIn(scenario.year())) {
                addTreaty(t);
            }
        }
        for (Amendment a : scenario.amendments()) {
            apply(a);
        }
        this.sharedRival = sharedRivals(scenario.rivalries());
        this.override = overrides(scenario.affinities());
        this.interest = interests(scenario.parameters());
        this.affinity = affinities(scenario.parameters());
        findHubs();
    }

    /**
     * Every ordered pair of members gets a tie: m(m-1) of them, so members are looked up once, not per
     * pair. A treaty whose members address obligations (a declaration, a guarantee) ties a member only
     * to those it owes something, with only what it owes each ({@link Treaty#ties}).
     */
    private void addTreaty(Treaty t) {
        treaties.add(t);
        List<Membership> members = t.members();
        int m = members.size();
        int[] at = new int[m];
        List<Map<Obligation, List<Conditions>>> owed = new ArrayList<>(m);
        for (int k = 0; k < m; k++) {
            Membership member = members.get(k);
            at[k] = index.get(member.state());
            owed.add(member.addressed() ? null : owedTo(member, null));
        }
        double iota = t.iota();
        boolean umbrella = t.institutions().nuclearUmbrella();
        boolean addressed = t.addressed();
        for (int a = 0; a < m; a++) {
            Membership from = members.get(a);
            for (int b = 0; b < m; b++) {
                String to = members.get(b).state();
                if (a != b && (!addressed || from.owesSomething(to))) {
                    Map<Obligation, List<Conditions>> o = owed.get(a) != null ? owed.get(a) : owedTo(from, to);
                    put(at[a], at[b], new Tie(from.state(), to, o, iota, 1.0, umbrella));
                }
            }
        }
    }

    /** The obligations (but none) {@code member} owes {@code to}, each with its conditions; {@code to} null: to every member. */
    private static Map<Obligation, List<Conditions>> owedTo(Membership member, String to) {
        Map<Obligation, List<Conditions>> o = new EnumMap<>(Obligation.class);
        for (Obligation ob : member.obligations()) {
            if (ob != Obligation.NONE && (to == null || member.owes(ob, to))) {
                o.put(ob, List.of(member.conditionsOf(ob)));
            }
        }
        return o;
    }

    private void put(int j, int t, Tie tie) {
        ties[j][t] = ties[j][t] == null ? tie : ties[j][t].merge(tie);
    }

    private void apply(Amendment a) {
        a.accept(new Amendment.Visitor<Void>() {
            @Override
            public Void addTreaty(Amendment.AddTreaty add) {
                AllianceNetwork.this.addTreaty(add.treaty());
                return null;
            }

            @Override
            public Void removeTie(Amendment.RemoveTie r) {
                ties[index.get(r.from())][index.get(r.to())] = null;
                return null;
            }

            @Override
            public Void adjustTie(Amendment.AdjustTie adj) {
                int j = index.get(adj.from());
                int t = index.get(adj.to());
                Tie base = ties[j][t] != null ? ties[j][t] : new Tie(adj.from(), adj.to(), Obligation.NONE, 0.0, 1.0);
                ties[j][t] = base.adjusted(adj.iotaDelta(), adj.obligation(), adj.pledge());
                return null;
            }

            @Override
            public Void bilateralize(Amendment.Bilateralize b) {
                treaties.removeIf(t -> t.id().equals(b.treaty()));
                return null;
            }
        });
    }

    /**
     * {@code shared[j][t]}: j and t (j != t) have a rival in common. Built from each state's list of
     * rivals, pairing the rivals of every state: the work is the sum of the squared rival counts,
     * not the n^3 of testing every state as a common rival of every pair (1e9 steps at 999 states,
     * docs/performance.md, "Scenario size").
     */
    private boolean[][] sharedRivals(List<Rivalry> rivalries) {
        int n = states.size();
        List<Set<Integer>> rivalsOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rivalsOf.add(new LinkedHashSet<>());
        }
        for (Rivalry r : rivalries) {
            int a = index.get(r.first());
            int b = index.get(r.second());
            rivalsOf.get(a).add(b);
            rivalsOf.get(b).add(a);
        }
        boolean[][] shared = new boolean[n][n];
        for (Set<Integer> rivals : rivalsOf) {
            for (int j : rivals) {
                for (int t : rivals) {
                    // A rivalry names two different states, so neither j nor t is the common rival itself.
                    shared[j][t] |= j != t;
                }
            }
        }
        return shared;
    }

    private double[][] overrides(List<AffinityOverride> overrides) {
        int n = states.size();
        double[][] o = new double[n][n];
        for (double[] row : o) {
            Arrays.fill(row, Double.NaN);
        }
        for (AffinityOverride a : overrides) {
            o[index.get(a.from())][index.get(a.to())] = a.value();
        }
        return o;
    }

    /**
     * {@code u_jt = min(1, w_sh [shared rival] + w_ip max(0, 1 - |x_j - x_t| / ip_scale))}, the
     * ideal-point term 0 when either ideal point is unknown; an affinity override caps it (change C6).
     */
    private double[][] interests(Parameters p) {
        int n = states.size();
        double wSh = p.get(Parameter.W_SH);
        double wIp = p.get(Parameter.W_IP);
        double scale = p.get(Parameter.IP_SCALE);
        double[][] u = new double[n][n];
        for (int j = 0; j < n; j++) {
            State sj = states.get(j);
            for (int t = 0; t < n; t++) {
                if (j == t) {
                    u[j][t] = 1.0;
                    continue;
                }
                State st = states.get(t);
                double v = wSh * (sharedRival[j][t] ? 1 : 0);
                if (sj.hasIdealPoint() && st.hasIdealPoint()) {
                    v += wIp * Math.max(0.0, 1.0 - Math.abs(sj.idealPoint() - st.idealPoint()) / scale);
                }
                v = Math.min(1.0, v);
                u[j][t] = Double.isNaN(override[j][t]) ? v : Math.min(v, override[j][t]);
            }
        }
        return u;
    }

    /** {@code a_jt = min(1, w_def [j owes t defense] + w_con [top obligation consultation] + w_inst iota_jt + u_jt)}; an override replaces it. */
    private double[][] affinities(Parameters p) {
        int n = states.size();
        double[][] a = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int t = 0; t < n; t++) {
                if (j == t) {
                    a[j][t] = 1.0;
                } else if (!Double.isNaN(override[j][t])) {
                    a[j][t] = override[j][t];
                } else {
                    Tie tie = ties[j][t];
                    a[j][t] = affinity(p, tie == null ? Obligation.NONE : tie.owes(Obligation.DEFENSE) ? Obligation.DEFENSE : tie.obligation(),
                            tie == null ? 0.0 : tie.iota(), interest[j][t]);
                }
            }
        }
        return a;
    }

    /**
     * The affinity formula of docs/model.md §5.2 for one obligation: {@code min(1, w_def [o = defense]
     * + w_con [o = consultation] + w_inst iota + u)}. The crisis engine calls it with the obligation
     * that applies in the crisis (change C6).
     */
    public static double affinity(Parameters p, Obligation o, double iota, double interest) {
        double v = p.get(Parameter.W_DEF) * (o == Obligation.DEFENSE ? 1 : 0)
                + p.get(Parameter.W_CON) * (o == Obligation.CONSULTATION ? 1 : 0)
                + p.get(Parameter.W_INST) * iota + interest;
        return Math.min(1.0, v);
    }

    /** Hubs per component of the undirected defense graph (assumption A4), the named hub overriding its own. */
    private void findHubs() {
        Graph<String, DefaultEdge> defense = new SimpleGraph<>(DefaultEdge.class);
        states.forEach(s -> defense.addVertex(s.id()));
        for (int j = 0; j < states.size(); j++) {
            for (int t = 0; t < states.size(); t++) {
                if (isDefense(j, t)) {
                    defense.addEdge(states.get(j).id(), states.get(t).id());
                }
            }
        }
        String named = scenario.hub();
        for (Set<String> component : new ConnectivityInspector<>(defense).connectedSets()) {
            String hub = named != null && component.contains(named) ? named : largestHub(component);
            if (hub == null) {
                continue;
            }
            List<String> spokes = hub.equals(named) && !scenario.spokes().isEmpty()
                    ? scenario.spokes() : defensePartners(hub);
            spokesOf.put(hub, List.copyOf(spokes));
            for (String s : component) {
                hubOf.put(s, hub);
            }
            for (String s : spokes) {
                hubOf.putIfAbsent(s, hub);
            }
        }
        if (named != null && !spokesOf.containsKey(named)) {
            spokesOf.put(named, scenario.spokes().isEmpty() ? defensePartners(named) : scenario.spokes());
            hubOf.put(named, named);
            scenario.spokes().forEach(s -> hubOf.put(s, named));
        }
    }

    private String largestHub(Set<String> component) {
        if (component.size() < 2) {
            return null;
        }
        String best = null;
        double bestScore = -1;
        double bestCap = -1;
        for (String s : component) {
            int i = index.get(s);
            int out = 0;
            for (int t = 0; t < states.size(); t++) {
                out += isDefense(i, t) ? 1 : 0;
            }
            double cap = states.get(i).capability();
            double score = cap * out;
            boolean better = score > bestScore || (score == bestScore && cap > bestCap)
                    || (score == bestScore && cap == bestCap && s.compareTo(best) < 0);
            if (better) {
                best = s;
                bestScore = score;
                bestCap = cap;
            }
        }
        return best;
    }

    private List<String> defensePartners(String hub) {
        int h = index.get(hub);
        List<String> out = new ArrayList<>();
        for (int t = 0; t < states.size(); t++) {
            if (isDefense(h, t) || isDefense(t, h)) {
                out.add(states.get(t).id());
            }
        }
        return out;
    }

    private boolean isDefense(int j, int t) {
        return ties[j][t] != null && ties[j][t].owes(Obligation.DEFENSE);
    }

    public Scenario scenario() {
        return scenario;
    }

    public List<State> states() {
        return states;
    }

    public int size() {
        return states.size();
    }

    public int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new FieldException("state", "unknown state '" + id + "'; known: " + String.join(", ", scenario.stateIds()));
        }
        return i;
    }

    public State state(int i) {
        return states.get(i);
    }

    /** The tie {@code from -> to}, if any. */
    public Optional<Tie> tie(String from, String to) {
        return Optional.ofNullable(ties[indexOf(from)][indexOf(to)]);
    }

    Tie tie(int j, int t) {
        return ties[j][t];
    }

    /** {@code o_jt}, NONE without a tie. */
    public Obligation obligation(int j, int t) {
        return ties[j][t] == null ? Obligation.NONE : ties[j][t].obligation();
    }

    /** {@code iota_jt}, 0 without a tie. */
    public double iota(int j, int t) {
        return ties[j][t] == null ? 0.0 : ties[j][t].iota();
    }

    /** Breach-cost multiplier of an explicit pledge on {@code j -> t}. */
    public double pledge(int j, int t) {
        return ties[j][t] == null ? 1.0 : ties[j][t].pledge();
    }

    /** The tie {@code j -> t}, or null. */
    public Tie tieOrNull(int j, int t) {
        return ties[j][t];
    }

    /** The interest {@code u_jt} apart from commitments (change C6), capped by an affinity override. */
    public double interest(int j, int t) {
        return interest[j][t];
    }

    public double interest(String from, String to) {
        return interest[indexOf(from)][indexOf(to)];
    }

    /** The scenario's affinity override {@code j -> t}, NaN when there is none. */
    public double affinityOverride(int j, int t) {
        return override[j][t];
    }

    /**
     * {@code Dep_j = c_H a_Hj / sum_{m != j} c_m a_mj} (general affinities, raw capabilities): the
     * hub's share of the outside support j can expect (change C9); 0 when j can expect none.
     */
    public double dependence(int j, int h) {
        double denominator = 0;
        for (int m = 0; m < states.size(); m++) {
            if (m != j) {
                denominator += states.get(m).capability() * affinity[m][j];
            }
        }
        return denominator > 0 ? states.get(h).capability() * affinity[h][j] / denominator : 0.0;
    }

    /** The general affinity {@code a_jt} (crisis-free, docs/model.md §5.2). */
    public double affinity(int j, int t) {
        return affinity[j][t];
    }

    public double affinity(String from, String to) {
        return affinity[indexOf(from)][indexOf(to)];
    }

    public boolean sharesRival(int j, int t) {
        return sharedRival[j][t];
    }

    /** Every tie, row by row in scenario order. */
    public List<Tie> ties() {
        List<Tie> out = new ArrayList<>();
        for (Tie[] row : ties) {
            for (Tie t : row) {
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The hub of the state's defense component (a hub is its own hub), if it has one. */
    public Optional<String> hubOf(String state) {
        return Optional.ofNullable(hubOf.get(state));
    }

    /** Every hub found or named, with its spokes. */
    public Map<String, List<String>> hubs() {
        return Collections.unmodifiableMap(spokesOf);
    }

    public List<String> spokesOf(String hub) {
        return spokesOf.getOrDefault(hub, List.of());
    }

    /** Whether {@code state} is a spoke of {@code hub}. */
    public boolean isSpokeOf(String state, String hub) {
        return spokesOf(hub).contains(state);
    }

    /** The hub whose spoke {@code state} is, if any. */
    public Optional<String> hubOfSpoke(String state) {
        for (Map.Entry<String, List<String>> e : spokesOf.entrySet()) {
            if (e.getValue().contains(state)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Treaties in force in the scenario year, plus those amendments add, less those bilateralized. */
    public List<Treaty> treaties() {
        return Collections.unmodifiableList(treaties);
    }

    /** The states that {@code j} owes defense under some treaty, whatever its conditions (its protégés). */
    public Set<Integer> proteges(int j) {
        Set<Integer> out = new LinkedHashSet<>();
        for (int t = 0; t < states.size(); t++) {
            if (isDefense(j, t)) {
                out.add(t);
            }
        }
        return out;
    }
}
