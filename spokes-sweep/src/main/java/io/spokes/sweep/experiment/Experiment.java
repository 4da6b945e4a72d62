package io.spokes.sweep.experiment;

import io.spokes.core.SpokesVersion;
import io.spokes.core.domain.Coordination;
import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Scenario;
import io.spokes.core.policy.Variant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * A sweep: a base scenario, the crises, variants and equilibria to solve at every point, the
 * factors to vary and the design that places the points (format: docs/sweeps.md).
 *
 * @param points      latin: points; sobol: base samples N (the design runs N(k+2) points); morris: trajectories r;
 *                    factorial: the product of the factors' levels (computed)
 * @param levels      morris: the number of grid levels p
 * @param candidates  morris: how many random trajectories M to draw and choose the r best spread from
 *                    (Campolongo et al. 2007); equal to points when not chosen
 * @param chunk       points per part file (the unit of work, of resumption and of a Spark task)
 * @param text        the experiment file as written, kept beside the results
 * @param scenarioText the base scenario file as read, kept beside the results
 */
public record Experiment(String name, String description, String file, Scenario scenario, String scenarioFile,
                         DesignKind design, int points, int levels, int candidates, int replicates, long seed, List<Crisis> crises,
                         List<Variant> variants, List<Coordination> equilibria, List<MeasureSelector> measures,
                         List<Factor> factors, int chunk, String text, String scenarioText) {

    /**
     * The most points per part file. A chunk's rows are held in memory while it is solved and a kill
     * loses the chunk being solved; beyond a few hundred points a part's own cost (two small files)
     * is already about 1% of solving it, so larger chunks save nothing (docs/sweeps.md).
     */
    public static final int MAX_CHUNK = 250;

    public Experiment {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new FieldException("name", "experiment name must be letters, digits, '.', '_' or '-' (it names the output folder), got '" + name + "'");
        }
        crises = List.copyOf(crises == null ? List.of() : crises);
        variants = List.copyOf(variants == null ? List.of() : variants);
        equilibria = List.copyOf(equilibria == null ? List.of() : equilibria);
        measures = List.copyOf(measures == null ? List.of() : measures);
        factors = List.copyOf(factors == null ? List.of() : factors);
        if (factors.isEmpty()) {
            throw new FieldException("parameters", "an experiment varies at least one parameter");
        }
        if (crises.isEmpty()) {
            throw new FieldException("crises", "no crises: list some, or give a scenario that has crises of interest");
        }
        if (variants.isEmpty() || equilibria.isEmpty() || measures.isEmpty()) {
            throw new FieldException(variants.isEmpty() ? "variants" : equilibria.isEmpty() ? "equilibria" : "measures",
                    "the list is empty; leave the key out for the default");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            if (!names.add(variants.get(i).name())) {
                throw new FieldException("variants[" + i + "]", "variant '" + variants.get(i).name() + "' is listed twice");
            }
        }
        if (replicates < 1 || chunk < 1 || points < 1) {
            throw new FieldException(replicates < 1 ? "replicates" : chunk < 1 ? "chunk" : "points", "must be at least 1");
        }
        if (chunk > MAX_CHUNK) {
            throw new FieldException("chunk", "points per part file must lie in [1, " + MAX_CHUNK + "], got " + chunk);
        }
    }

    /** An experiment built component by component (unset components are null, false or 0). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every component of this experiment, to change a few and build a new one. */
    public Builder toBuilder() {
        return new Builder().name(name).description(description).file(file).scenario(scenario).scenarioFile(scenarioFile)
                .design(design).points(points).levels(levels).candidates(candidates).replicates(replicates).seed(seed)
                .crises(crises).variants(variants).equilibria(equilibria).measures(measures).factors(factors).chunk(chunk)
                .text(text).scenarioText(scenarioText);
    }

    /** The number of design points (each solved for every replicate, variant, equilibrium and crisis). */
    public int designSize() {
        return designSize(design, points, factors.size());
    }

    static int designSize(DesignKind design, int points, int k) {
        return switch (design) {
            case FACTORIAL, LATIN -> points;
            case SOBOL -> Math.multiplyExact(points, k + 2);
            case MORRIS -> Math.multiplyExact(points, k + 1);
        };
    }

    /** Crisis solves per design point. */
    public int solvesPerPoint() {
        return replicates * variants.size() * equilibria.size() * crises.size();
    }

    public int chunkCount() {
        return (designSize() + chunk - 1) / chunk;
    }

    /**
     * A digest of everything that determines the results: the experiment and scenario texts and the
     * version. A sweep folder is resumed only by the experiment that started it.
     */
    public String fingerprint() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(text.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(scenarioText.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(SpokesVersion.VERSION.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            // A sweep folder written under another crisis model must not be resumed as if it were this one.
            d.update(SpokesVersion.MODEL.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Sets the components by name. {@link #build()} calls the canonical constructor, so a built
     * Experiment is validated exactly like one constructed directly.
     */
    public static final class Builder {
        private String name;
        private String description;
        private String file;
        private Scenario scenario;
        private String scenarioFile;
        private DesignKind design;
        private int points;
        private int levels;
        private int candidates;
        private int replicates;
        private long seed;
        private List<Crisis> crises;
        private List<Variant> variants;
        private List<Coordination> equilibria;
        private List<MeasureSelector> measures;
        private List<Factor> factors;
        private int chunk;
        private String text;
        private String scenarioText;

        private Builder() {
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder file(String file) {
            this.file = file;
            return this;
        }

        public Builder scenario(Scenario scenario) {
            this.scenario = scenario;
            return this;
        }

        public Builder scenarioFile(String scenarioFile) {
            this.scenarioFile = scenarioFile;
            return this;
        }

        public Builder design(DesignKind design) {
            this.design = design;
            return this;
        }

        public Builder points(int points) {
            this.points = points;
            return this;
        }

        public Builder levels(int levels) {
            this.levels = levels;
            return this;
        }

        public Builder candidates(int candidates) {
            this.candidates = candidates;
            return this;
        }

        public Builder replicates(int replicates) {
            this.replicates = replicates;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder crises(List<Crisis> crises) {
            this.crises = crises;
            return this;
        }

        public Builder variants(List<Variant> variants) {
            this.variants = variants;
            return this;
        }

        public Builder equilibria(List<Coordination> equilibria) {
            this.equilibria = equilibria;
            return this;
        }

        public Builder measures(List<MeasureSelector> measures) {
            this.measures = measures;
            return this;
        }

        public Builder factors(List<Factor> factors) {
            this.factors = factors;
            return this;
        }

        public Builder chunk(int chunk) {
            this.chunk = chunk;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder scenarioText(String scenarioText) {
            this.scenarioText = scenarioText;
            return this;
        }

        public Experiment build() {
            return new Experiment(name, description, file, scenario, scenarioFile, design, points, levels, candidates, replicates,
                    seed, crises, variants, equilibria, measures, factors, chunk, text, scenarioText);
        }
    }
}
