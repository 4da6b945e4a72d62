package io.spokes.cli.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A golden file: what a command wrote once, committed, and compared with what it writes now.
 * Run with {@code -Dspokes.golden.update=true} to rewrite the files instead of comparing
 * (the command is in {@code src/test/resources/golden/README.md}); review the diff before committing.
 */
public final class Golden {
    /** Where golden files live, relative to the module folder the tests run in. */
    public static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("spokes.golden.update");
    }

    /** Compares {@code actual} with the golden file {@code name}, or rewrites it when updating. */
    public static void check(String name, String actual) throws IOException {
        Path file = ROOT.resolve(name);
        if (updating()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("no golden file " + file + "; create it with -Dspokes.golden.update=true (see " + ROOT.resolve("README.md") + ")");
        }
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            // The first differing line says more than AssertJ's whole-text diff of a 400 kB file.
            String[] e = expected.split("\n", -1);
            String[] a = actual.split("\n", -1);
            for (int i = 0; i < Math.min(e.length, a.length); i++) {
                assertThat(a[i]).as("%s line %d differs from the golden file", file, i + 1).isEqualTo(e[i]);
            }
            assertThat(a.length).as("%s has a different number of lines from the golden file", file).isEqualTo(e.length);
        }
    }
}
