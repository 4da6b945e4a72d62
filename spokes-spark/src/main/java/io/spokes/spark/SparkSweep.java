package io.spokes.spark;

import io.spokes.io.cli.CommandLines;
import io.spokes.sweep.cli.SweepMain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The main class for {@code spark-submit}: {@code sweep} and {@code analyze} as in {@code spokes},
 * with {@code sweep} on the Spark backend unless {@code --backend} says otherwise (docs/cluster.md).
 */
public final class SparkSweep {
    private SparkSweep() {
    }

    public static void main(String[] args) {
        CommandLines.exit(new SweepMain(), withSparkBackend(args));
    }

    static String[] withSparkBackend(String[] args) {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        boolean given = a.stream().anyMatch(x -> x.equals("--backend") || x.startsWith("--backend="));
        if (!a.isEmpty() && a.get(0).equals("sweep") && !given) {
            a.add(1, "--backend=spark");
        }
        return a.toArray(new String[0]);
    }
}
