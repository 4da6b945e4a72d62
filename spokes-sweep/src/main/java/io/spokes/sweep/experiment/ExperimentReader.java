package io.spokes.sweep.experiment;

import io.spokes.core.domain.Coordination;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Parameter;
import io.spokes.core.domain.Parameters;
import io.spokes.core.domain.Scenario;
import io.spokes.core.policy.ScenarioTransform;
import io.spokes.core.policy.Variant;
import io.spokes.core.policy.VariantSpec;
import io.spokes.core.study.Measure;
import io.spokes.io.InputException;
import io.spokes.io.located.InputText;
import io.spokes.io.located.LocatedDocument;
import io.spokes.io.located.LocatedNode;
import io.spokes.io.scenario.ScenarioReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads an experiment file (YAML, docs/sweeps.md). Every problem becomes an {@link InputException}
 * naming the file, line, column and field, including problems in the base scenario it names.
 */
public final class ExperimentReader {
    /** The choice among M trajectories compares every pair: M^2 (k+1)^2 k / 2 operations. */
    static final int MAX_CANDIDATES = 1000;
    private static final Set<String> TOP = Set.of("name", "description", "scenario", "seed", "design", "points", "levels",
            "candidates", "replicates", "equilibria", "crises", "variants", "measures", "parameters", "chunk");
    private static final Set<String> FACTOR = Set.of("range", "values", "scale", "levels");
    private static final Set<String> CRISIS = Set.of("challenger", "target", "label");
    private static final Set<String> VARIANT = Set.of("name", "architecture", "policy", "spoke");
    /** The measures kept when the experiment lists none. */
    private static final List<Measure> DEFAULT_MEASURES = List.of(Measure.DETERRENCE, Measure.P_WAR, Measure.HUB_ABANDONMENT);
    private static final int MAX_POINTS = 50_000_000;

    private ExperimentReader() {
    }

    /** Reads an experiment file; its {@code scenario} path is relative to the file's folder. */
    public static Experiment read(Path path) {
        String text = readText(path, "experiment");
        Path base = path.toAbsolutePath().getParent();
        return read(path.toString(), text, key -> base.resolve(key));
    }

    /** How the {@code scenario} key becomes a file (a sweep folder substitutes its own copy). */
    @FunctionalInterface
    public interface ScenarioLocator {
        Path locate(String scenarioKey);
    }

    /** Reads experiment text; {@code file} names it in error messages. */
    public static Experiment read(String file, String text, ScenarioLocator locator) {
        return parse(file, text, (key, at) -> {
            Path path = locator.locate(key);
            try {
                return new String[] {path.toString(), readText(path, "scenario")};
            } catch (InputException e) {
                throw at.error("scenario " + path + ": " + e.problem());
            }
        });
    }

    /** Reads experiment text whose scenario is given as text too (the same experiment rebuilt elsewhere). */
    public static Experiment read(String file, String text, String scenarioFile, String scenarioText) {
        return parse(file, text, (key, at) -> new String[] {scenarioFile, scenarioText});
    }

    private interface ScenarioSource {
        String[] nameAndText(String key, LocatedNode at);
    }

    private static Experiment parse(String file, String text, ScenarioSource source) {
        LocatedDocument doc = LocatedDocument.parse(file, text, false, "an experiment needs at least name, scenario, design and parameters");
        LocatedNode root = doc.root().object(TOP, "the experiment");
        try {
            return experiment(file, text, root, source);
        } catch (FieldException e) {
            throw doc.error(e.field(), e.getMessage());
        }
    }

    private static Experiment experiment(String file, String text, LocatedNode root, ScenarioSource source) {
        String name = root.require("name", "the experiment").text();
        String description = root.has("description") ? root.get("description").text() : "";
        LocatedNode scenarioNode = root.require("scenario", "the experiment");
        String[] scenarioSource = source.nameAndText(scenarioNode.text(), scenarioNode);
        String scenarioFile = scenarioSource[0];
        String scenarioText = scenarioSource[1];
        Scenario scenario = ScenarioReader.read(scenarioFile, scenarioText, scenarioFile.toLowerCase(Locale.ROOT).endsWith(".json"));
        LocatedNode designNode = root.require("design", "the experiment");
        DesignKind design = build(designNode, () -> DesignKind.parse(designNode.text()));
        long seed = root.require("seed", "the experiment").longValue();
        int replicates = root.has("replicates") ? root.get("replicates").integer(1, 10_000, "replicates") : 1;
        List<Factor> factors = factors(root.require("parameters", "the experiment"), design);
        int levels = 4;
        if (root.has("levels")) {
            if (design != DesignKind.MORRIS) {
                throw root.error("levels", "levels (the Morris grid) applies to design: morris only; a factorial design takes levels per parameter");
            }
            levels = root.get("levels").integer(2, 1000, "Morris grid levels");
            if (levels % 2 != 0) {
                throw root.error("levels", "Morris grid levels must be even so that the jump p/(2(p-1)) lands on the grid, got " + levels);
            }
        }
        int points;
        if (design == DesignKind.FACTORIAL) {
            if (root.has("points")) {
                throw root.error("points", "a factorial design runs every combination of levels; leave points out (give levels or values per parameter)");
            }
            long product = 1;
            for (Factor f : factors) {
                product *= f.levels();
                if (product > MAX_POINTS) {
                    throw root.error("parameters", "the factorial design has more than " + MAX_POINTS + " points; use design: latin");
                }
            }
            points = (int) product;
        } else {
            String what = switch (design) {
                case SOBOL -> "base samples N of the Saltelli design";
                case MORRIS -> "Morris trajectories r";
                case LATIN, FACTORIAL -> "design points";
            };
            points = root.require("points", "a " + design.code() + " design").integer(2, MAX_POINTS, what);
        }
        int candidates = points;
        if (root.has("candidates")) {
            if (design != DesignKind.MORRIS) {
                throw root.error("candidates", "candidates (trajectories to choose the best spread from) applies to design: morris only");
            }
            if (points > MAX_CANDIDATES) {
                throw root.error("candidates", "choosing trajectories compares every pair of candidates, so it is offered up to "
                        + MAX_CANDIDATES + " candidates; " + points + " trajectories are already more: leave candidates out");
            }
            candidates = root.get("candidates").integer(points, MAX_CANDIDATES,
                    "Morris trajectories drawn to choose the " + points + " best spread from");
        }
        List<Crisis> crises = crises(root, scenario);
        List<Variant> variants = variants(root, scenario);
        List<Coordination> equilibria = new ArrayList<>();
        for (LocatedNode n : root.get("equilibria").list("equilibria")) {
            Coordination c = build(n, () -> Coordination.parse(n.text()));
            if (equilibria.contains(c)) {
                throw n.error("equilibrium '" + c.code() + "' is listed twice");
            }
            equilibria.add(c);
        }
        if (!root.has("equilibria")) {
            equilibria.add(scenario.parameters().coordination());
        }
        List<MeasureSelector> measures = measures(root, scenario);
        int chunk = root.has("chunk") ? root.get("chunk").integer(1, Experiment.MAX_CHUNK, "points per part file")
                : defaultChunk(Experiment.designSize(design, points, factors.size()));
        Experiment.Builder experiment = Experiment.builder().name(name).description(description).file(file).scenario(scenario)
                .scenarioFile(scenarioFile).design(design).points(points).levels(levels).candidates(candidates)
                .replicates(replicates).seed(seed).crises(crises).variants(variants).equilibria(equilibria).measures(measures)
                .factors(factors).chunk(chunk).text(text).scenarioText(scenarioText);
        return build(root, experiment::build);
    }

    /** About a hundred parts per sweep, each of 1 to 250 points: small enough to lose little on a kill. */
    static int defaultChunk(int designSize) {
        return Math.max(1, Math.min(Experiment.MAX_CHUNK, (designSize + 99) / 100));
    }

    private static List<Factor> factors(LocatedNode node, DesignKind design) {
        if (!node.isObject()) {
            throw node.error("parameters must be a mapping from parameter symbol to {range: [low, high]} or {values: [...]}");
        }
        List<Factor> out = new ArrayList<>();
        for (String symbol : node.fieldNames()) {
            LocatedNode f = node.get(symbol);
            if (Parameters.COORDINATION.equals(symbol)) {
                throw f.error("coordination is not a number to vary; list the equilibria to solve under 'equilibria: [upper, lower]'");
            }
            Parameter p = Parameter.bySymbol(symbol);
            if (p == null) {
                throw f.error("unknown parameter '" + symbol + "'; known: " + Parameters.knownSymbols().replace(", " + Parameters.COORDINATION, ""));
            }
            f.object(FACTOR, "parameter " + symbol);
            if (f.has("range") == f.has("values")) {
                throw f.error("give exactly one of range: [low, high] or values: [v1, v2, ...]");
            }
            if (f.has("values")) {
                if (design != DesignKind.FACTORIAL) {
                    throw f.error("values", "a list of values suits design: factorial; a " + design.code() + " design samples a range: [low, high]");
                }
                if (f.has("scale") || f.has("levels")) {
                    throw f.error(f.has("scale") ? "scale" : "levels", "scale and levels apply to a range, not to a list of values");
                }
                List<Double> values = new ArrayList<>();
                for (LocatedNode v : f.get("values").list("values")) {
                    values.add(v.number());
                }
                if (values.isEmpty()) {
                    throw f.error("values", "the list of values is empty");
                }
                out.add(build(f, () -> Factor.values(p, values)));
            } else {
                List<LocatedNode> range = f.get("range").list("range");
                if (range.size() != 2) {
                    throw f.error("range", "a range is [low, high], got " + range.size() + " numbers");
                }
                double low = range.get(0).number();
                double high = range.get(1).number();
                Factor.Scale scale = Factor.Scale.LINEAR;
                if (f.has("scale")) {
                    String s = f.get("scale").text().trim().toLowerCase(Locale.ROOT);
                    scale = switch (s) {
                        case "linear" -> Factor.Scale.LINEAR;
                        case "log" -> Factor.Scale.LOG;
                        default -> throw f.error("scale", "scale must be linear or log, got '" + s + "'");
                    };
                }
                int levels = 3;
                if (f.has("levels")) {
                    if (design != DesignKind.FACTORIAL) {
                        throw f.error("levels", "levels per parameter apply to design: factorial; for morris give the grid as the top-level 'levels'");
                    }
                    levels = f.get("levels").integer(2, 10_000, "levels of " + symbol);
                }
                Factor.Scale sc = scale;
                int lv = levels;
                Factor factor = build(f, () -> Factor.range(p, low, high, sc, lv));
                if (design == DesignKind.FACTORIAL && p.isInteger()) {
                    wholeLevels(f, factor);
                }
                out.add(factor);
            }
        }
        return out;
    }

    /**
     * A factorial grid of a whole-number parameter: its evenly spaced levels are rounded, which must
     * not make two of them equal (every combination would be solved twice, silently).
     */
    private static void wholeLevels(LocatedNode at, Factor f) {
        Set<Double> seen = new HashSet<>();
        for (int i = 0; i < f.levels(); i++) {
            if (!seen.add(f.value(f.levelCoordinate(i)))) {
                throw at.error(at.has("levels") ? "levels" : "range", f.symbol() + " is a whole number: " + f.levels()
                        + " evenly spaced levels on [" + (long) f.low() + ", " + (long) f.high() + "] round to repeated values ("
                        + (long) f.value(f.levelCoordinate(i)) + " twice); give fewer levels, a wider range, or the values: [...] to solve");
            }
        }
    }

    private static List<Crisis> crises(LocatedNode root, Scenario scenario) {
        if (!root.has("crises")) {
            if (scenario.crises().isEmpty()) {
                throw root.error("crises", "the scenario lists no crises of interest; list them here as {challenger: ID, target: ID}");
            }
            return scenario.crises();
        }
        List<Crisis> out = new ArrayList<>();
        for (LocatedNode n : root.get("crises").list("crises")) {
            Crisis c;
            if (n.isText()) {
                // a crisis of the scenario by its label
                String label = n.text();
                c = scenario.crises().stream().filter(x -> x.label().equals(label)).findFirst().orElseThrow(() -> n.error(
                        "no crisis labelled '" + label + "' in the scenario; labels: " + String.join("; ", scenario.crises().stream().map(Crisis::label).toList())));
            } else {
                n.object(CRISIS, "a crisis");
                String challenger = n.require("challenger", "a crisis").text();
                String target = n.require("target", "a crisis").text();
                Crisis found = build(n, () -> scenario.crisis(challenger, target));
                c = n.has("label") ? build(n, () -> new Crisis(challenger, target, n.get("label").text())) : found;
            }
            if (out.contains(c)) {
                throw n.error("crisis " + c.label() + " is listed twice");
            }
            out.add(c);
        }
        return out;
    }

    private static List<Variant> variants(LocatedNode root, Scenario scenario) {
        if (!root.has("variants")) {
            return List.of(Variant.baseline());
        }
        List<Variant> out = new ArrayList<>();
        for (LocatedNode n : root.get("variants").list("variants")) {
            if (n.isText()) {
                String t = n.text().trim();
                if (!t.equals("baseline")) {
                    throw n.error("a variant is 'baseline' or a mapping {architecture: A} or {policy: P, spoke: ID}, got '" + t + "'");
                }
                out.add(Variant.baseline());
                continue;
            }
            n.object(VARIANT, "a variant");
            List<ScenarioTransform> transforms = new ArrayList<>();
            if (n.has("architecture")) {
                LocatedNode a = n.get("architecture");
                transforms.add(build(a, () -> VariantSpec.parse(a.text(), VariantSpec.Kind.ARCHITECTURE).variant(scenario, null))
                        .transforms().get(0));
            }
            if (n.has("policy")) {
                LocatedNode spoke = n.require("spoke", "a policy variant");
                build(spoke, () -> scenario.requireState(spoke.text()));
                LocatedNode policy = n.get("policy");
                // "alignment+collaboration" composes policies in the order written
                VariantSpec spec = build(policy, () -> VariantSpec.parse(policy.text(), VariantSpec.Kind.POLICY));
                transforms.addAll(build(n, () -> spec.variant(scenario, spoke.text())).transforms());
            } else if (n.has("spoke")) {
                throw n.error("spoke", "spoke is given without a policy");
            }
            if (transforms.isEmpty()) {
                throw n.error("a variant needs an architecture, a policy or both");
            }
            Variant v = Variant.of(transforms.toArray(new ScenarioTransform[0]));
            if (n.has("name")) {
                v = new Variant(n.get("name").text(), v.transforms());
            }
            Variant variant = v;
            // Apply once now so that a policy that cannot apply (a spoke without a hub) fails here, located.
            build(n, () -> variant.apply(scenario));
            out.add(variant);
        }
        return out;
    }

    private static List<MeasureSelector> measures(LocatedNode root, Scenario scenario) {
        List<MeasureSelector> out = new ArrayList<>();
        if (!root.has("measures")) {
            DEFAULT_MEASURES.forEach(d -> out.add(MeasureSelector.parse(d.code())));
            return out;
        }
        for (LocatedNode n : root.get("measures").list("measures")) {
            MeasureSelector m = MeasureSelector.parse(n.text());
            if (Measure.byCode(m.name()).isEmpty()) {
                throw n.error("unknown measure '" + m.name() + "'; known: " + String.join(", ", Measure.codes()));
            }
            if (m.state() != null) {
                Measure measure = Measure.byCode(m.name()).orElseThrow();
                if (measure.scope() != Measure.Scope.STATE) {
                    throw n.error("'" + m.name() + "' has one value per " + (measure.scope() == Measure.Scope.HUB ? "crisis, about the target's hub"
                            : measure.scope().code()) + ", not one per state: write '" + m.name() + "' without ':" + m.state() + "'");
                }
                build(n, () -> scenario.requireState(m.state()));
            }
            if (out.contains(m)) {
                throw n.error("measure '" + m + "' is listed twice");
            }
            out.add(m);
        }
        return out;
    }

    private static <T> T build(LocatedNode at, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (FieldException e) {
            throw at.error(e.field().isEmpty() || e.field().equals("state") || e.field().equals("policy")
                    || e.field().equals("architecture") || e.field().equals("design") || e.field().equals("coordination")
                    ? "" : e.field(), e.getMessage());
        }
    }

    /** Bounded, regular files only, strict UTF-8: the shared guard of every input file. */
    private static String readText(Path path, String what) {
        return InputText.read(path, what);
    }
}
