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

    public Experiment {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new FieldException("name", "experiment name must be letters, digits, '.', '_' or '-' (it names the output folder), got '" + name + "'");
        }
        crises = List.copyOf(crises);
        variants = List.copyOf(variants);
        equilibria = List.copyOf(equilibria);
        measures = List.copyOf(measures);
        factors = List.copyOf(factors);
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
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
