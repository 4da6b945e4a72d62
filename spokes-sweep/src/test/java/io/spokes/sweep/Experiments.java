package io.spokes.sweep;

import io.spokes.sweep.experiment.Experiment;
import io.spokes.sweep.experiment.ExperimentReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small experiments on the bundled scenarios, written to a folder so that errors name a real file. */
public final class Experiments {
    public static final Path TOY = Path.of("../scenarios/toy-triangle.yaml").toAbsolutePath().normalize();
    public static final Path KOREA = Path.of("../scenarios/korea-2023.yaml").toAbsolutePath().normalize();

    private Experiments() {
    }

    /** A Latin hypercube on the toy scenario: 3 factors, both equilibria, two variants. */
    public static String toyLatin(int points) {
        return "name: toy-lhs\n"
                + "scenario: " + TOY + "\n"
                + "seed: 7\n"
                + "design: latin\n"
                + "points: " + points + "\n"
                + "equilibria: [upper, lower]\n"
                + "variants:\n"
                + "  - baseline\n"
                + "  - {policy: alignment, spoke: KOR}\n"
                + "measures: [deterrence, p_war, hub_abandonment, entrapment:USA]\n"
                + "parameters:\n"
                + "  kbar: {range: [0.5, 2.0], scale: log}\n"
                + "  rho: {range: [0.0, 0.6]}\n"
                + "  lambda_defense: {range: [0.1, 1.0]}\n"
                + "chunk: 7\n";
    }

    public static Path write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Experiment read(Path dir, String text) {
        return ExperimentReader.read(write(dir, "experiment.yaml", text));
    }
}
