package io.spokes.io.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

import io.spokes.core.domain.AffinityOverride;
import io.spokes.core.domain.Amendment;
import io.spokes.core.domain.CapabilityIndex;
import io.spokes.core.domain.Conditions;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Location;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Region;
import io.spokes.core.domain.Rivalry;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;
import io.spokes.core.policy.ScenarioVariant;

/**
 * Writes a scenario in the format {@link ScenarioReader} reads, so that reading what was written
 * gives an equal scenario. Parameters equal to the spec's defaults are left out, and so are the
 * model v2 keys a scenario does not use (capability_index cinc, no capital, no ideal point, no
 * conditions, no crisis region or theater), so a v1 scenario is written exactly as before.
 */
public final class ScenarioWriter {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScenarioWriter() {
    }

    public static String yaml(Scenario s) {
        return write(YAML, s);
    }

    public static String json(Scenario s) {
        return write(JSON, s) + "\n";
    }

    private static String write(ObjectMapper mapper, Scenario s) {
        try {
            return mapper.writeValueAsString(tree(mapper, s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise scenario " + s.name(), e);
        }
    }

    static ObjectNode tree(ObjectMapper mapper, Scenario s) {
        ObjectNode o = mapper.createObjectNode();
        o.put("name", s.name());
        o.put("title", s.title());
        o.put("year", s.year());
        if (!s.description().isEmpty()) {
            o.put("description", s.description());
        }
        if (!s.citations().isEmpty()) {
            ArrayNode cites = o.putArray("citations");
            s.citations().forEach(cites::add);
        }
        ObjectNode params = parameters(mapper, s.parameters());
        if (!params.isEmpty()) {
            o.set("parameters", params);
        }
        if (s.capabilityIndex() != CapabilityIndex.CINC) {
            o.put("capability_index", s.capabilityIndex().code());
        }
        ArrayNode states = o.putArray("states");
        for (State st : s.states()) {
            ObjectNode n = states.addObject();
            n.put("id", st.id());
            n.put("cow", st.cowCode());
            n.put("name", st.name());
            n.put("capability", st.capability());
            n.put("nuclear", st.nuclear());
            if (st.capital() != null) {
                point(n.putObject("capital"), st.capital());
            }
            if (st.hasIdealPoint()) {
                n.put("ideal_point", st.idealPoint());
            }
            if (!st.source().isEmpty()) {
                n.put("source", st.source());
            }
        }
        ArrayNode treaties = o.putArray("treaties");
        s.treaties().forEach(t -> treaties.add(treaty(mapper, t)));
        ArrayNode rivalries = o.putArray("rivalries");
        for (Rivalry r : s.rivalries()) {
            ObjectNode n = rivalries.addObject();
            n.putArray("states").add(r.first()).add(r.second());
            n.put("source", r.source());
        }
        if (!s.affinities().isEmpty()) {
            ArrayNode aff = o.putArray("affinities");
            for (AffinityOverride a : s.affinities()) {
                ObjectNode n = aff.addObject();
                n.put("from", a.from());
                n.put("to", a.to());
                n.put("value", a.value());
                if (!a.source().isEmpty()) {
                    n.put("source", a.source());
                }
            }
        }
        if (s.hub() != null) {
            o.put("hub", s.hub());
        }
        if (!s.spokes().isEmpty()) {
            ArrayNode spokes = o.putArray("spokes");
            s.spokes().forEach(spokes::add);
        }
        ArrayNode crises = o.putArray("crises");
        for (Crisis c : s.crises()) {
            ObjectNode n = crises.addObject();
            n.put("challenger", c.challenger());
            n.put("target", c.target());
            n.put("label", c.label());
            if (c.region() != null) {
                n.put("region", c.region().code());
            }
            if (c.theater() != null) {
                ObjectNode t = point(n.putObject("theater"), c.theater());
                if (!c.theaterNote().isEmpty()) {
                    t.put("note", c.theaterNote());
                }
            }
        }
        if (!s.amendments().isEmpty()) {
            ArrayNode am = o.putArray("amendments");
            s.amendments().forEach(a -> am.add(amendment(mapper, a)));
        }
        if (!s.variants().isEmpty()) {
            ArrayNode vs = o.putArray("variants");
            for (ScenarioVariant v : s.variants()) {
                ObjectNode n = vs.addObject();
                n.put("name", v.name());
                if (!v.description().isEmpty()) {
                    n.put("description", v.description());
                }
                if (!v.citations().isEmpty()) {
                    ArrayNode c = n.putArray("citations");
                    v.citations().forEach(c::add);
                }
                if (!v.amendments().isEmpty()) {
                    ArrayNode am = n.putArray("amendments");
                    v.amendments().forEach(a -> am.add(amendment(mapper, a)));
                }
                if (!v.terms().isEmpty()) {
                    ArrayNode t = n.putArray("terms");
                    v.terms().forEach(term -> t.add(term.code()));
                }
            }
        }
        return o;
    }

    private static ObjectNode parameters(ObjectMapper mapper, Parameters p) {
        ObjectNode n = mapper.createObjectNode();
        for (Parameter par : Parameter.values()) {
            if (p.get(par) != par.defaultValue()) {
                n.put(par.symbol(), p.get(par));
            }
        }
        if (p.coordination() != Parameters.defaults().coordination()) {
            n.put(Parameters.COORDINATION, p.coordination().code());
        }
        return n;
    }

    private static ObjectNode treaty(ObjectMapper mapper, Treaty t) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", t.id());
        n.put("name", t.name());
        if (t.atopId() != null) {
            n.put("atopid", t.atopId());
        }
        n.put("signed", t.signed().toString());
        if (t.ended() != null) {
            n.put("ended", t.ended().toString());
        }
        ArrayNode members = n.putArray("members");
        for (Membership m : t.members()) {
            ObjectNode mn = members.addObject();
            mn.put("state", m.state());
            ArrayNode obs = mn.putArray("obligations");
            for (Obligation o : m.obligations()) {
                obs.add(o.code());
            }
            if (!m.conditions().isEmpty()) {
                ObjectNode cn = mn.putObject("conditions");
                m.conditions().forEach((o, c) -> conditions(cn.putObject(o.code()), c));
            }
            if (m.addressed()) {
                ObjectNode on = mn.putObject("owes");
                m.addressees().forEach((o, to) -> to.forEach(on.putArray(o.code())::add));
            }
        }
        n.put("integrated_command", t.institutions().integratedCommand());
        n.put("bases_troops", t.institutions().basesTroops());
        n.put("intelligence_sharing", t.institutions().intelligenceSharing());
        n.put("nuclear_umbrella", t.institutions().nuclearUmbrella());
        n.put("consultation_mechanism", t.consultationMechanism());
        if (t.milinst() != null) {
            n.put("milinst", t.milinst());
        }
        if (t.iotaOverride() != null) {
            n.put("iota", t.iotaOverride());
        }
        n.put("source", t.source());
        return n;
    }

    private static ObjectNode point(ObjectNode n, Location at) {
        n.put("lat", at.lat());
        n.put("lon", at.lon());
        return n;
    }

    /** Only the conditions that are set; {@code conflict_specific} only when no label implies it. */
    private static void conditions(ObjectNode n, Conditions c) {
        if (!c.regions().isEmpty()) {
            ArrayNode regions = n.putArray("regions");
            c.regions().stream().map(Region::code).forEach(regions::add);
        }
        if (!c.places().isEmpty()) {
            ArrayNode places = n.putArray("places");
            c.places().forEach(places::add);
        }
        if (!c.adversaries().isEmpty()) {
            ArrayNode adversaries = n.putArray("adversaries");
            c.adversaries().forEach(adversaries::add);
        }
        if (c.nonProvocation()) {
            n.put("non_provocation", true);
        }
        if (c.minAdversaries() > 0) {
            n.put("min_adversaries", c.minAdversaries());
        }
        if (c.onRequest()) {
            n.put("on_request", true);
        }
        if (!c.conflicts().isEmpty()) {
            ArrayNode conflicts = n.putArray("conflicts");
            c.conflicts().forEach(conflicts::add);
        } else if (c.conflictSpecific()) {
            n.put("conflict_specific", true);
        }
        if (!c.note().isEmpty()) {
            n.put("note", c.note());
        }
    }

    private static ObjectNode amendment(ObjectMapper mapper, Amendment a) {
        ObjectNode n = mapper.createObjectNode();
        a.accept(new Amendment.Visitor<Void>() {
            @Override
            public Void addTreaty(Amendment.AddTreaty add) {
                n.set("add_treaty", treaty(mapper, add.treaty()));
                return null;
            }

            @Override
            public Void removeTie(Amendment.RemoveTie r) {
                ObjectNode t = n.putObject("remove_tie");
                t.put("from", r.from());
                t.put("to", r.to());
                return null;
            }

            @Override
            public Void adjustTie(Amendment.AdjustTie adj) {
                ObjectNode t = n.putObject("adjust_tie");
                t.put("from", adj.from());
                t.put("to", adj.to());
                t.put("iota_delta", adj.iotaDelta());
                if (adj.obligation() != null) {
                    t.put("obligation", adj.obligation().code());
                }
                t.put("pledge", adj.pledge());
                return null;
            }

            @Override
            public Void bilateralize(Amendment.Bilateralize b) {
                n.put("bilateralize", b.treaty());
                return null;
            }
        });
        n.put("reason", a.reason());
        return n;
    }
}
