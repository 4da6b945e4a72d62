package io.spokes.web.cli;

import com.fasterxml.jackson.databind.JsonNode;

import io.spokes.web.Lab;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saved run the lab has acknowledged (201) is kept, whatever stops the server: runs saved through
 * the API of a real `spokes serve` process, which is then stopped with SIGTERM (its shutdown hook
 * closes the database) or killed with SIGKILL (nothing runs) the moment the last answer arrives,
 * are all there after a restart on the same folder, with the same ids and contents, and new ids
 * continue after the last. A normal stop leaves no stack trace in {@code runs.trace.db}.
 */
@Tag("slow") // starts three server JVMs
class RunDurabilityTest {
    static final int RUNS = 8;

    @TempDir
    Path data;

    @Test
    void acknowledgedRunsSurviveSigtermAndSigkillWithTheirIds() throws Exception {
        List<Long> ids = new ArrayList<>();
        Server first = Server.start(data);
        try {
            for (int i = 0; i < RUNS; i++) {
                ids.add(first.save("sigterm " + i, 100 + i));
            }
            first.process.destroy(); // SIGTERM, right after the last acknowledgement
            assertThat(first.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            first.process.destroyForcibly();
        }
        assertThat(ids).doesNotHaveDuplicates().isSorted();
        assertNoTrace();

        Server second = Server.start(data);
        try {
            second.assertHolds(ids, "sigterm ");
            for (int i = 0; i < RUNS; i++) {
                long id = second.save("sigkill " + i, 200 + i);
                assertThat(id).as("a new id continues after the last").isGreaterThan(ids.get(ids.size() - 1));
                ids.add(id);
            }
            second.process.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.process.exitValue()).isEqualTo(137);
        } finally {
            second.process.destroyForcibly();
        }

        Server third = Server.start(data);
        try {
            third.assertHolds(ids.subList(0, RUNS), "sigterm ");
            third.assertHolds(ids.subList(RUNS, 2 * RUNS), "sigkill ");
            long next = third.save("after both", 300);
            assertThat(next).isGreaterThan(ids.get(ids.size() - 1));
            third.process.destroy();
            assertThat(third.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            third.process.destroyForcibly();
        }
        assertNoTrace();
    }

    /** H2 writes its own exceptions to runs.trace.db; a clean stop writes none. */
    private void assertNoTrace() throws Exception {
        Path trace = data.resolve("runs.trace.db");
        if (Files.exists(trace)) {
            assertThat(Files.readString(trace)).doesNotContain("Exception").doesNotContain("already closed");
        }
    }

    /** A `spokes serve` in its own JVM on a free port and the data folder. */
    private static final class Server {
        final Process process;
        final String base;

        private Server(Process process, String base) {
            this.process = process;
            this.base = base;
        }

        static Server start(Path data) throws Exception {
            Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    ServeCommand.class.getName(), "--port", "0", "--scenarios", Lab.SCENARIOS.toString(), "--data-dir", data.toString()))
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            Matcher m = Pattern.compile("Spokes lab: http://127\\.0\\.0\\.1:(\\d+)/").matcher(String.valueOf(line));
            if (!m.find()) {
                p.destroyForcibly();
                throw new AssertionError("spokes serve did not start: " + line);
            }
            return new Server(p, "http://127.0.0.1:" + m.group(1));
        }

        long save(String label, long seed) {
            Lab.Reply r = Lab.send(HttpRequest.newBuilder(URI.create(base + "/api/runs")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"label\": \"" + label + "\", \"request\": "
                            + "{\"scenario\": \"toy-triangle\", \"challenger\": \"PRK\", \"target\": \"KOR\", \"seed\": " + seed + "}}")));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            return r.json().path("run").path("id").asLong();
        }

        /** The runs {@code ids} are there, in order, labelled {@code prefix + i}, their results whole. */
        void assertHolds(List<Long> ids, String prefix) {
            for (int i = 0; i < ids.size(); i++) {
                Lab.Reply r = Lab.send(HttpRequest.newBuilder(URI.create(base + "/api/runs/" + ids.get(i))).GET());
                assertThat(r.status()).as("run " + ids.get(i) + ": " + r).isEqualTo(200);
                JsonNode run = r.json();
                assertThat(run.path("run").path("label").asText()).isEqualTo(prefix + i);
                assertThat(run.path("results").path("variants").get(0).path("result").path("deterrence").isNumber()).isTrue();
            }
        }
    }
}
