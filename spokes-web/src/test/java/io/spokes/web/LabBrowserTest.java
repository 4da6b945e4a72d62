package io.spokes.web;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The page in a real browser: Debian's chromium driven by playwright-core (src/test/browser/lab.mjs)
 * against a lab on 127.0.0.1, restarted halfway on the same data directory. The tools are
 * installed by .ci/run; without them this test fails and says how to install them.
 */
@Tag("slow") // drives Chromium: left out of ./test --fast, always in the full suite
class LabBrowserTest {
    static final Path SCRIPTS = Path.of("src", "test", "browser").toAbsolutePath();
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path data;

    @Test
    void thePageWorksInARealBrowserAndSavedRunsSurviveARestart() throws Exception {
        requireTools();
        Path shots = screenshots();
        try (Lab lab = Lab.start(data)) {
            String out = node(lab.base(), "first", shots);
            assertThat(out).contains("first: 17 passed, 0 failed");
        }
        try (Lab restarted = Lab.start(data)) {
            String out = node(restarted.base(), "after-restart", shots);
            assertThat(out).contains("after-restart: 4 passed, 0 failed");
        }
    }

    /** Where lab.mjs writes its screenshots: -Dspokes.screenshots=DIR (bench/web-screenshots.sh), else nowhere. */
    private static Path screenshots() throws IOException {
        String dir = System.getProperty("spokes.screenshots", "");
        if (dir.isBlank()) {
            return null;
        }
        Path p = Path.of(dir).toAbsolutePath();
        Files.createDirectories(p);
        return p;
    }

    private static String node(String base, String phase, Path shots) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("node", SCRIPTS.resolve("lab.mjs").toString(), base, phase));
        if (shots != null) {
            cmd.add(shots.toString());
        }
        Process p = new ProcessBuilder(cmd).directory(SCRIPTS.toFile()).redirectErrorStream(true).start();
        if (!p.waitFor(150, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the browser test (" + phase + ") did not finish within 150 s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println("--- lab.mjs " + phase + " ---\n" + out);
        assertThat(p.exitValue()).as("exit code of lab.mjs %s; its output:%n%s", phase, out).isZero();
        return out;
    }

    /** Fails, never skips, when a tool is missing: CI must run these tests. */
    private static void requireTools() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) {
            missing.add("Debian's chromium (/usr/bin/chromium): apt-get install chromium");
        }
        if (!Files.isDirectory(SCRIPTS.resolve("node_modules").resolve("playwright-core"))) {
            missing.add("playwright-core: npm ci --prefix spokes-web/src/test/browser");
        }
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
                missing.add("Node.js (node --version failed)");
            }
        } catch (IOException | InterruptedException e) {
            missing.add("Node.js (node is not on the PATH)");
        }
        if (!missing.isEmpty()) {
            fail("the browser tests need " + String.join("; ", missing) + ". .ci/run installs them (see its 'spokes-web' block).");
        }
    }
}
