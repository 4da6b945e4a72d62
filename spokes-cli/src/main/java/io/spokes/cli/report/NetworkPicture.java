package io.spokes.cli.report;

import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.State;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.core.network.Tie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.spokes.cli.report.Html.coord;
import static io.spokes.cli.report.Html.esc;

/**
 * The baseline's ties as an inline SVG wheel: the hub in the centre, its spokes on an inner ring,
 * every other state on an outer ring. The layout depends only on sorted ids and capabilities, so
 * the same scenario always gives the same picture.
 */
final class NetworkPicture {
    private static final double WIDTH = 1000;
    private static final double HEIGHT = 770;
    private static final double CX = 365;
    private static final double CY = 385;
    private static final double R_SPOKES = 170;
    private static final double R_OUTER = 310;
    private static final double NODE_MAX = 30;
    private static final double NODE_MIN = 6;

    static final Map<String, String> ROLE_COLOURS = Map.of(
            Roles.HUB, "#1a365d", Roles.SPOKE, "#63b3ed", Roles.CHALLENGER, "#e53e3e", Roles.OTHER, "#a0aec0");

    /** Drawing style of a tie by obligation; weak obligations share one quiet style. */
    private enum EdgeStyle {
        WEAK("weak", "#8a8a8a", 0.8, 1.2, null, 0.45, "neutrality, non-aggression\nor none (thin grey)"),
        CONSULTATION("consultation", "#2f855a", 1.4, 2.0, "1 5", 0.9, "consultation (dotted)"),
        OFFENSE("offense", "#c53030", 1.8, 2.5, "8 5", 0.9, "offense (dashed red)"),
        DEFENSE("defense", "#1f4e9c", 2.4, 3.0, null, 0.9, "defense (solid, thick)");

        final String cls;
        final String colour;
        final double width;
        final double iotaWidth;
        final String dash;
        final double opacity;
        final String legend;

        EdgeStyle(String cls, String colour, double width, double iotaWidth, String dash, double opacity, String legend) {
            this.cls = cls;
            this.colour = colour;
            this.width = width;
            this.iotaWidth = iotaWidth;
            this.dash = dash;
            this.opacity = opacity;
            this.legend = legend;
        }

        static EdgeStyle of(Obligation o) {
            return switch (o) {
                case DEFENSE -> DEFENSE;
                case OFFENSE -> OFFENSE;
                case CONSULTATION -> CONSULTATION;
                default -> WEAK;
            };
        }

        double strokeWidth(double iota) {
            return width + iotaWidth * iota;
        }
    }

    private NetworkPicture() {
    }

    static String svg(AllianceNetwork network, Roles roles) {
        Map<String, State> states = new LinkedHashMap<>();
        network.states().stream().sorted(Comparator.comparing(State::id)).forEach(s -> states.put(s.id(), s));
        Map<String, double[]> at = layout(states, roles);
        double maxCap = states.values().stream().mapToDouble(State::capability).max().orElse(1);
        Map<String, Double> radius = new LinkedHashMap<>();
        states.values().forEach(s -> radius.put(s.id(), Math.max(NODE_MIN, NODE_MAX * Math.sqrt(s.capability() / maxCap))));

        List<Tie> ties = new ArrayList<>(network.ties());
        // Weak ties first so that the commitments that matter are drawn on top of them.
        ties.sort(Comparator.comparing((Tie t) -> EdgeStyle.of(t.obligation())).thenComparing(Tie::from).thenComparing(Tie::to));

        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"network\" viewBox=\"0 0 ").append(coord(WIDTH)).append(' ').append(coord(HEIGHT))
                .append("\" role=\"img\" aria-labelledby=\"net-title net-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', "
                        + "Roboto, 'DejaVu Sans', sans-serif\">\n");
        b.append("<title id=\"net-title\">Alliance ties of the baseline scenario</title>\n");
        b.append("<desc id=\"net-desc\">").append(esc(description(network, roles, ties.size()))).append("</desc>\n");
        markers(b);
        b.append("<rect x=\"0\" y=\"0\" width=\"").append(coord(WIDTH)).append("\" height=\"").append(coord(HEIGHT))
                .append("\" fill=\"#ffffff\"/>\n");
        rings(b, roles, at.size() - roles.spokes().size() - (roles.hub() == null ? 0 : 1));
        b.append("<g class=\"ties\">\n");
        for (Tie t : ties) {
            edge(b, t, network, at, radius);
        }
        b.append("</g>\n<g class=\"states\">\n");
        for (State s : states.values()) {
            node(b, s, roles, network, at.get(s.id()), radius.get(s.id()));
        }
        b.append("</g>\n");
        legend(b);
        return b.append("</svg>\n").toString();
    }

    /** Hub at the centre; spokes, then the others grouped by role, evenly spaced clockwise from the top. */
    private static Map<String, double[]> layout(Map<String, State> states, Roles roles) {
        Map<String, double[]> at = new LinkedHashMap<>();
        List<String> spokes = new ArrayList<>();
        List<String> outer = new ArrayList<>();
        for (String id : states.keySet()) {
            String role = roles.roleOf(id);
            if (role.equals(Roles.HUB)) {
                at.put(id, new double[] {CX, CY});
            } else if (role.equals(Roles.SPOKE)) {
                spokes.add(id);
            } else {
                outer.add(id);
            }
        }
        // Challenger-side states next to each other, so the opposing camp reads as one arc.
        outer.sort(Comparator.comparing((String id) -> roles.roleOf(id).equals(Roles.CHALLENGER) ? 0 : 1)
                .thenComparing(Comparator.naturalOrder()));
        place(at, spokes, R_SPOKES, 0.0);
        // Start the outer ring midway between two spokes (or half a step round), so outer states do not sit
        // directly behind a spoke where their ties to the hub would cross it.
        double shift = !spokes.isEmpty() ? Math.PI / spokes.size() : outer.isEmpty() ? 0 : Math.PI / outer.size();
        place(at, outer, R_OUTER, shift);
        return at;
    }

    private static void place(Map<String, double[]> at, List<String> ids, double r, double shift) {
        int n = ids.size();
        for (int i = 0; i < n; i++) {
            double angle = -Math.PI / 2 + shift + 2 * Math.PI * i / n;
            at.put(ids.get(i), new double[] {CX + r * Math.cos(angle), CY + r * Math.sin(angle)});
        }
    }

    private static void markers(StringBuilder b) {
        b.append("<defs>\n");
        for (EdgeStyle st : EdgeStyle.values()) {
            double size = st == EdgeStyle.DEFENSE ? 12 : st == EdgeStyle.WEAK ? 7 : 9;
            b.append("<marker id=\"net-arrow-").append(st.cls).append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"")
                    .append(coord(size)).append("\" markerHeight=\"").append(coord(size))
                    .append("\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"")
                    .append(st.colour).append("\"/></marker>\n");
        }
        b.append("</defs>\n");
    }

    /** Faint guide circles make the two rings (spokes, others) visible as such. */
    private static void rings(StringBuilder b, Roles roles, int outerCount) {
        if (!roles.spokes().isEmpty()) {
            circle(b, R_SPOKES);
        }
        if (outerCount > 0) {
            circle(b, R_OUTER);
        }
    }

    private static void circle(StringBuilder b, double r) {
        b.append("<circle cx=\"").append(coord(CX)).append("\" cy=\"").append(coord(CY)).append("\" r=\"").append(coord(r))
                .append("\" fill=\"none\" stroke=\"#edf2f7\" stroke-width=\"1.5\"/>\n");
    }

    private static void edge(StringBuilder b, Tie t, AllianceNetwork network, Map<String, double[]> at, Map<String, Double> radius) {
        double[] p1 = at.get(t.from());
        double[] p2 = at.get(t.to());
        double dx = p2[0] - p1[0];
        double dy = p2[1] - p1[1];
        double len = Math.hypot(dx, dy);
        // Bend every tie to its left: j -> t and t -> j then run side by side instead of on top of each other.
        double bend = Math.max(10, 0.12 * len);
        double cx = (p1[0] + p2[0]) / 2 - dy / len * bend;
        double cy = (p1[1] + p2[1]) / 2 + dx / len * bend;
        double[] start = toward(p1, cx, cy, radius.get(t.from()) + 1);
        double[] end = toward(p2, cx, cy, radius.get(t.to()) + 2);
        EdgeStyle st = EdgeStyle.of(t.obligation());
        b.append("<path class=\"tie ").append(st.cls).append("\" d=\"M").append(coord(start[0])).append(',').append(coord(start[1]))
                .append(" Q").append(coord(cx)).append(',').append(coord(cy)).append(' ')
                .append(coord(end[0])).append(',').append(coord(end[1]))
                .append("\" fill=\"none\" stroke=\"").append(st.colour).append("\" stroke-width=\"")
                .append(Html.fixed(st.strokeWidth(t.iota()), 2)).append("\" stroke-opacity=\"").append(Html.fixed(st.opacity, 2)).append('"');
        if (st.dash != null) {
            b.append(" stroke-dasharray=\"").append(st.dash).append("\" stroke-linecap=\"round\"");
        }
        b.append(" marker-end=\"url(#net-arrow-").append(st.cls).append(")\">");
        String tip = t.from() + " \u2192 " + t.to() + ": " + t.obligation().code()
                + "; institutionalization iota " + Html.fixed(t.iota(), 2)
                + "; affinity a = " + Html.fixed(network.affinity(t.from(), t.to()), 2)
                + (t.pledge() != 1.0 ? "; breach cost x" + Html.plain(t.pledge()) + " (pledge)" : "");
        b.append("<title>").append(esc(tip)).append("</title></path>\n");
    }

    /** The point at distance {@code d} from the centre {@code p} in the direction of {@code (x, y)}: where a curve leaves a node. */
    private static double[] toward(double[] p, double x, double y, double d) {
        double dx = x - p[0];
        double dy = y - p[1];
        double len = Math.hypot(dx, dy);
        return new double[] {p[0] + dx / len * d, p[1] + dy / len * d};
    }

    private static void node(StringBuilder b, State s, Roles roles, AllianceNetwork network, double[] p, double r) {
        String role = roles.roleOf(s.id());
        StringBuilder tip = new StringBuilder();
        tip.append(s.id()).append(": ").append(s.name())
                .append("\nrole: ").append(role)
                .append("\ncapability (CINC): ").append(Html.sig(s.capability()).replace(Html.DASH, "-"))
                .append("\nnuclear: ").append(s.nuclear() ? "yes" : "no");
        if (role.equals(Roles.HUB)) {
            tip.append("\nspokes: ").append(String.join(", ", roles.spokes()));
        } else if (role.equals(Roles.SPOKE)) {
            tip.append("\nhub: ").append(roles.hub());
        }
        network.hubOf(s.id()).filter(h -> !h.equals(roles.hub()) && !h.equals(s.id()))
                .ifPresent(h -> tip.append("\ndefense component of: ").append(h));
        b.append("<g class=\"state ").append(role.replace(' ', '-')).append("\"><title>").append(esc(tip.toString())).append("</title>");
        b.append("<circle cx=\"").append(coord(p[0])).append("\" cy=\"").append(coord(p[1])).append("\" r=\"").append(coord(r))
                .append("\" fill=\"").append(ROLE_COLOURS.get(role)).append('"')
                .append(s.nuclear() ? " stroke=\"#111111\" stroke-width=\"3\"" : " stroke=\"#ffffff\" stroke-width=\"1.5\"")
                .append("/>");
        label(b, s.id(), p, r);
        b.append("</g>\n");
    }

    /** The id beside the node, pushed outward from the centre (below the hub) so it never covers a tie's end. */
    private static void label(StringBuilder b, String id, double[] p, double r) {
        double dx = p[0] - CX;
        double dy = p[1] - CY;
        double len = Math.hypot(dx, dy);
        double ux = len < 1 ? 0 : dx / len;
        double uy = len < 1 ? 1 : dy / len;
        double x = p[0] + ux * (r + 6);
        double y = p[1] + uy * (r + 10);
        String anchor = ux > 0.35 ? "start" : ux < -0.35 ? "end" : "middle";
        b.append("<text x=\"").append(coord(x)).append("\" y=\"").append(coord(y))
                .append("\" text-anchor=\"").append(anchor).append("\" dominant-baseline=\"middle\" font-size=\"14\" font-weight=\"600\"")
                .append(" fill=\"#1a202c\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">")
                .append(esc(id)).append("</text>");
    }

    private static void legend(StringBuilder b) {
        double x = 760;
        double y = 40;
        b.append("<g class=\"legend\" font-size=\"13\" fill=\"#1a202c\">\n");
        b.append(text(x, y, "States", true));
        y += 24;
        for (String role : List.of(Roles.HUB, Roles.SPOKE, Roles.CHALLENGER, Roles.OTHER)) {
            b.append("<circle cx=\"").append(coord(x + 9)).append("\" cy=\"").append(coord(y)).append("\" r=\"8\" fill=\"")
                    .append(ROLE_COLOURS.get(role)).append("\"/>");
            b.append(text(x + 26, y, role, false));
            y += 22;
        }
        b.append("<circle cx=\"").append(coord(x + 9)).append("\" cy=\"").append(coord(y))
                .append("\" r=\"8\" fill=\"#ffffff\" stroke=\"#111111\" stroke-width=\"3\"/>");
        b.append(text(x + 26, y, "nuclear-armed (dark outline)", false));
        y += 22;
        b.append(text(x, y, "circle area grows with capability", false));
        y += 36;
        b.append(text(x, y, "Ties (arrow: from the state", true));
        y += 17;
        b.append(text(x, y, "that owes the obligation)", true));
        y += 24;
        EdgeStyle[] order = {EdgeStyle.DEFENSE, EdgeStyle.OFFENSE, EdgeStyle.CONSULTATION, EdgeStyle.WEAK};
        for (EdgeStyle st : order) {
            b.append("<line x1=\"").append(coord(x)).append("\" y1=\"").append(coord(y)).append("\" x2=\"").append(coord(x + 34))
                    .append("\" y2=\"").append(coord(y)).append("\" stroke=\"").append(st.colour).append("\" stroke-width=\"")
                    .append(Html.fixed(st.strokeWidth(0.5), 2)).append('"');
            if (st.dash != null) {
                b.append(" stroke-dasharray=\"").append(st.dash).append("\" stroke-linecap=\"round\"");
            }
            b.append(" marker-end=\"url(#net-arrow-").append(st.cls).append(")\"/>");
            for (String line : st.legend.split("\n")) {
                b.append(text(x + 44, y, line, false));
                y += 17;
            }
            y += 5;
        }
        b.append(text(x, y, "thicker line = higher", false));
        y += 17;
        b.append(text(x, y, "institutionalization (iota)", false));
        y += 30;
        b.append(text(x, y, "Hover a state or a tie", false));
        y += 17;
        b.append(text(x, y, "for details.", false));
        b.append("\n</g>\n");
    }

    private static String text(double x, double y, String s, boolean bold) {
        return "<text x=\"" + coord(x) + "\" y=\"" + coord(y) + "\" dominant-baseline=\"middle\""
                + (bold ? " font-weight=\"700\"" : "") + ">" + esc(s) + "</text>";
    }

    private static String description(AllianceNetwork network, Roles roles, int ties) {
        String hub = roles.hub() == null ? "no hub" : "hub " + roles.hub() + " in the centre";
        return String.format(Locale.ROOT, "Directed alliance ties among %d states in %d: %s, %d spokes on the inner ring "
                        + "(%s), the other states on the outer ring; %d ties.", network.size(), network.scenario().year(), hub,
                roles.spokes().size(), String.join(", ", roles.spokes()), ties);
    }
}
