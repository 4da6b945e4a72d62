package io.spokes.core.crisis.v2;

import io.spokes.core.domain.AffinityOverride;
import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.Conditions;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Institutions;
import io.spokes.core.domain.Location;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Region;
import io.spokes.core.domain.Rivalry;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The worlds of the v2 oracle (spokes-core/src/test/oracle/v2, JSON under resources/oracle-v2) as
 * scenarios. The world format is described in the oracle's README; the states are synthetic.
 */
final class OracleWorlds {
    static final String SOURCE = "synthetic world of the v2 oracle (spokes-core/src/test/oracle/v2)";

    private OracleWorlds() {
    }

    /** Parses a resource of resources/oracle-v2. */
    static Map<String, Object> resource(String name) {
        try (InputStream in = OracleWorlds.class.getResourceAsStream("/oracle-v2/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource oracle-v2/" + name + "; run spokes-core/src/test/oracle/v2/generate_fixtures.py");
            }
            return map(MiniJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    static List<Map<String, Object>> maps(Object o) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object x : list(o)) {
            out.add(map(x));
        }
        return out;
    }

    static Set<String> strings(Object o) {
        Set<String> out = new LinkedHashSet<>();
        for (Object x : list(o)) {
            out.add((String) x);
        }
        return out;
    }

    static double num(Map<String, Object> m, String key) {
        return (Double) m.get(key);
    }

    static boolean flag(Map<String, Object> m, String key) {
        return Boolean.TRUE.equals(m.get(key));
    }

    static Location location(Object o) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = map(o);
        return new Location(num(m, "lat"), num(m, "lon"));
    }

    static Conditions conditions(Map<String, Object> c) {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        for (String r : strings(c.get("regions"))) {
            regions.add(Region.parse(r));
        }
        int min = c.get("min_adversaries") == null ? 0 : (int) num(c, "min_adversaries");
        return new Conditions(regions, strings(c.get("places")), strings(c.get("adversaries")), flag(c, "non_provocation"),
                min, flag(c, "on_request"), strings(c.get("conflicts")), flag(c, "conflict_specific"), "");
    }

    static Membership membership(Map<String, Object> m) {
        Set<Obligation> obligations = EnumSet.noneOf(Obligation.class);
        for (String o : strings(m.get("obligations"))) {
            obligations.add(Obligation.parse(o));
        }
        Map<Obligation, Conditions> conds = new EnumMap<>(Obligation.class);
        Map<String, Object> given = m.get("conditions") == null ? Map.of() : map(m.get("conditions"));
        for (Map.Entry<String, Object> e : given.entrySet()) {
            conds.put(Obligation.parse(e.getKey()), conditions(map(e.getValue())));
        }
        return new Membership((String) m.get("state"), obligations, conds);
    }

    static Treaty treaty(Map<String, Object> t) {
        Map<String, Object> inst = t.get("institutions") == null ? Map.of() : map(t.get("institutions"));
        List<Membership> members = new ArrayList<>();
        for (Map<String, Object> m : maps(t.get("members"))) {
            members.add(membership(m));
        }
        return Treaty.builder().id((String) t.get("id")).name("Treaty " + t.get("id")).members(members)
                .institutions(new Institutions(flag(inst, "integrated_command"), flag(inst, "bases_troops"),
                        flag(inst, "intelligence_sharing"), flag(inst, "nuclear_umbrella")))
                .consultationMechanism(flag(t, "consultation_mechanism"))
                .milinst(t.get("milinst") == null ? null : (int) num(t, "milinst"))
                .iotaOverride(t.get("iota") == null ? null : num(t, "iota"))
                .signed(LocalDate.of((int) num(t, "signed"), 1, 1))
                .ended(t.get("ended") == null ? null : LocalDate.of((int) num(t, "ended"), 12, 31))
                .source(SOURCE).build();
    }

    static Crisis crisis(Map<String, Object> c) {
        return new Crisis((String) c.get("challenger"), (String) c.get("target"), (String) c.get("label"),
                c.get("region") == null ? null : Region.parse((String) c.get("region")), location(c.get("theater")));
    }

    static List<Crisis> crises(Map<String, Object> world) {
        List<Crisis> out = new ArrayList<>();
        for (Map<String, Object> c : maps(world.get("crises"))) {
            out.add(crisis(c));
        }
        return out;
    }

    /** The scenario of an oracle world. */
    static Scenario scenario(Map<String, Object> world) {
        List<State> states = new ArrayList<>();
        for (Map<String, Object> s : maps(world.get("states"))) {
            String id = (String) s.get("id");
            states.add(new State(id, (int) num(s, "cow"), "State " + id, num(s, "capability"), flag(s, "nuclear"), SOURCE,
                    location(s.get("capital")), s.get("ideal_point") == null ? Double.NaN : num(s, "ideal_point")));
        }
        List<Treaty> treaties = new ArrayList<>();
        for (Map<String, Object> t : maps(world.get("treaties"))) {
            treaties.add(treaty(t));
        }
        List<Amendment> amendments = new ArrayList<>();
        for (Map<String, Object> p : maps(world.get("pledges"))) {
            amendments.add(new Amendment.AdjustTie((String) p.get("from"), (String) p.get("to"), 0.0, null, num(p, "pledge"), "oracle pledge"));
        }
        List<Rivalry> rivalries = new ArrayList<>();
        for (Object r : list(world.get("rivalries"))) {
            List<Object> pair = list(r);
            rivalries.add(new Rivalry((String) pair.get(0), (String) pair.get(1), SOURCE));
        }
        List<AffinityOverride> overrides = new ArrayList<>();
        for (Map<String, Object> a : maps(world.get("affinities"))) {
            overrides.add(new AffinityOverride((String) a.get("from"), (String) a.get("to"), num(a, "value"), SOURCE));
        }
        Parameters parameters = Parameters.defaults();
        Map<String, Object> given = world.get("parameters") == null ? Map.of() : map(world.get("parameters"));
        for (Map.Entry<String, Object> e : given.entrySet()) {
            parameters = parameters.with(e.getKey(), e.getValue().toString());
        }
        List<String> spokes = new ArrayList<>(strings(world.get("spokes")));
        return Scenario.builder().name((String) world.get("name")).year((int) num(world, "year")).states(states)
                .treaties(treaties).rivalries(rivalries).affinities(overrides).hub((String) world.get("hub")).spokes(spokes)
                .parameters(parameters).crises(crises(world)).amendments(amendments).build();
    }
}
