package io.spokes.io.located;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Files that are not regular files, for the tests that check such inputs are refused (spokes-io's,
 * and through its test jar the CLI's and the sweep's).
 */
public final class SpecialFiles {
    private SpecialFiles() {
    }

    /** A FIFO at {@code path}, made with mkfifo; the test is skipped where mkfifo does not exist. */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available: " + e.getMessage());
            return path;
        }
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("mkfifo finished").isTrue();
        assertThat(p.exitValue()).as("mkfifo's exit code").isZero();
        return path;
    }
}
