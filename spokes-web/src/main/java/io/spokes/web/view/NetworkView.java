package io.spokes.web.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Rivalry;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.core.network.Tie;
import io.spokes.core.policy.HubSystem;
import io.spokes.web.Json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

/**
 * The alliance network of a scenario as the page draws it: states with their role in the hub
 * system, one link per pair of tied states (the stronger obligation of the two directions, the
 * larger iota, and both directed ties), and every treaty and rivalry with its source.
 */
public final class NetworkView {
    private NetworkView() {
    }

    public static ObjectNode of(Scenario s) {
        AllianceNetwork network = new AllianceNetwork(s);
        ObjectNode o = Json.object();
        o.put("name", s.name());
        o.put("title", s.title());
        o.put("year", s.year());
        if (s.hub() != null) {
            o.put("hub", s.hub());
        } else {
            o.putNull("hub");
        }
        // The one rule for "the" hub system (named hub, else most spokes, then smallest id), which the page centres and offers first.
        Optional<HubSystem> principal = HubSystem.principal(network);
        if (principal.isPresent()) {
            o.put("principal_hub", principal.get().hub());
        } else {
            o.putNull("principal_hub");
        }
        ObjectNode hubs = o.putObject("hubs");
        for (Map.Entry<String, List<String>> h : network.hubs().entrySet()) {
            ArrayNode spokes = hubs.putArray(h.getKey());
            h.getValue().forEach(spokes::add);
        }
        ArrayNode states = o.putArray("states");
        for (State st : s.states()) {
            ObjectNode n = states.addObject();
            n.put("id", st.id());
            n.put("name", st.name());
            n.put("cow", st.cowCode());
            n.put("capability", st.capability());
            n.put("nuclear", st.nuclear());
            n.put("source", st.source());
            n.put("role", role(principal, st.id()));
            Optional<String> hub = network.hubOfSpoke(st.id());
            if (hub.isPresent()) {
                n.put("hub_of_spoke", hub.get());
            }
        }
        links(o.putArray("links"), s, network);
        ArrayNode treaties = o.putArray("treaties");
        Set<String> active = new HashSet<>();
        network.treaties().forEach(t -> active.add(t.id()));
        Set<String> listed = new HashSet<>();
        for (Treaty t : s.treaties()) {
            listed.add(t.id());
            treaties.add(treaty(t, t.inForceIn(s.year()), active.contains(t.id())));
        }
        for (Treaty t : network.treaties()) {
            if (!listed.contains(t.id())) {
                treaties.add(treaty(t, true, true));
            }
        }
        ArrayNode rivalries = o.putArray("rivalries");
        for (Rivalry r : s.rivalries()) {
            ObjectNode n = rivalries.addObject();
            n.putArray("states").add(r.first()).add(r.second());
            n.put("source", r.source());
        }
        ArrayNode crises = o.putArray("crises");
        for (Crisis c : s.crises()) {
            crises.addObject().put("challenger", c.challenger()).put("target", c.target()).put("label", c.label());
        }
        ArrayNode transforms = o.putArray("transforms");
        s.transforms().forEach(transforms::add);
        return o;
    }

    /**
     * The hub of the principal hub system, one of its spokes, or other. Only the principal system is
     * coloured: a hub found in another component (China with North Korea) is not "the" hub the page
     * centres, so painting its spoke as a spoke would read as a spoke of the principal hub.
     */
    private static String role(Optional<HubSystem> principal, String id) {
        if (principal.isEmpty()) {
            return "other";
        }
        if (principal.get().hub().equals(id)) {
            return "hub";
        }
        return principal.get().spokes().contains(id) ? "spoke" : "other";
    }

    private static void links(ArrayNode out, Scenario s, AllianceNetwork network) {
        List<State> states = s.states();
        // Treaties by pair of members, built once: a pair's hover names the treaties behind its ties.
        Map<String, List<String>> byPair = new HashMap<>();
        for (Treaty t : network.treaties()) {
            for (Membership x : t.members()) {
                for (Membership y : t.members()) {
                    if (!x.state().equals(y.state())) {
                        byPair.computeIfAbsent(x.state() + "|" + y.state(), k -> new ArrayList<>()).add(t.id());
                    }
                }
            }
        }
        for (int a = 0; a < states.size(); a++) {
            for (int b = a + 1; b < states.size(); b++) {
                String ia = states.get(a).id();
                String ib = states.get(b).id();
                Optional<Tie> ab = network.tie(ia, ib);
                Optional<Tie> ba = network.tie(ib, ia);
                if (ab.isEmpty() && ba.isEmpty()) {
                    continue;
                }
                ObjectNode l = out.addObject();
                l.put("id", ia + "-" + ib);
                l.put("a", ia);
                l.put("b", ib);
                Obligation strongest = strongest(ab, ba);
                l.put("obligation", strongest.code());
                l.put("iota", Math.max(ab.map(Tie::iota).orElse(0.0), ba.map(Tie::iota).orElse(0.0)));
                l.put("symmetric", ab.map(Tie::obligation).equals(ba.map(Tie::obligation)));
                tie(l, "ab", ab);
                tie(l, "ba", ba);
                ArrayNode via = l.putArray("treaties");
                byPair.getOrDefault(ia + "|" + ib, List.of()).forEach(via::add);
            }
        }
    }

    private static Obligation strongest(Optional<Tie> ab, Optional<Tie> ba) {
        Obligation x = ab.map(Tie::obligation).orElse(Obligation.NONE);
        Obligation y = ba.map(Tie::obligation).orElse(Obligation.NONE);
        return y.tieRank() > x.tieRank() ? y : x;
    }

    private static void tie(ObjectNode l, String key, Optional<Tie> tie) {
        if (tie.isEmpty()) {
            l.putNull(key);
            return;
        }
        ObjectNode n = l.putObject(key);
        n.put("obligation", tie.get().obligation().code());
        n.put("iota", tie.get().iota());
        n.put("pledge", tie.get().pledge());
    }

    private static ObjectNode treaty(Treaty t, boolean inForce, boolean active) {
        ObjectNode n = Json.object();
        n.put("id", t.id());
        n.put("name", t.name());
        n.put("signed", t.signed().toString());
        if (t.ended() != null) {
            n.put("ended", t.ended().toString());
        }
        n.put("in_force", inForce);
        n.put("active", active);
        if (t.atopId() != null) {
            n.put("atopid", t.atopId());
        }
        if (t.milinst() != null) {
            n.put("milinst", t.milinst());
        }
        n.put("iota", t.iota());
        ObjectNode inst = n.putObject("institutions");
        inst.put("integrated_command", t.institutions().integratedCommand());
        inst.put("bases_troops", t.institutions().basesTroops());
        inst.put("intelligence_sharing", t.institutions().intelligenceSharing());
        inst.put("nuclear_umbrella", t.institutions().nuclearUmbrella());
        n.put("consultation_mechanism", t.consultationMechanism());
        ArrayNode members = n.putArray("members");
        for (Membership m : t.members()) {
            ObjectNode mn = members.addObject();
            mn.put("state", m.state());
            ArrayNode obs = mn.putArray("obligations");
            m.obligations().forEach(ob -> obs.add(ob.code()));
        }
        n.put("source", t.source());
        return n;
    }
}
