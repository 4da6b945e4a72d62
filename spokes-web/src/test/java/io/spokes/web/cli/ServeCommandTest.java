package io.spokes.web.cli;

import com.fasterxml.jackson.databind.JsonNode;

import io.spokes.web.Json;
import io.spokes.web.Lab;
import io.spokes.web.store.RunStore;
import io.spokes.web.store.SavedRun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServeCommandTest {
    @TempDir
    Path data;

    @Test
    void aMissingScenariosFolderIsBadInput() {
        StringWriter err = new StringWriter();
        int code = run(err, "--port", "0", "--scenarios", data.resolve("nope").toString(), "--data-dir", data.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("error: --scenarios " + data.resolve("nope") + ": no such folder\n");
    }

    @Test
    void aTakenPortIsBadInputWithTheReason() {
        try (Lab lab = Lab.start(data.resolve("first"))) {
            StringWriter err = new StringWriter();
            int code = run(err, "--port", Integer.toString(lab.port()), "--data-dir", data.resolve("second").toString());
            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).startsWith("error: cannot listen on 127.0.0.1:" + lab.port() + ": ").contains("ddress already in use");
        }
    }

    @Test
    void anOutOfRangePortIsBadInput() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "--port", "70000", "--data-dir", data.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--port must lie between 0 (any free port) and 65535");
    }

    /**
     * The server runs in its own JVM; a run is saved, the process is killed with SIGKILL (no
     * shutdown hook, no clean close), and the run is in the database afterwards.
     */
    @Test
    void aKilledServerLosesNoSavedRun() throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                ServeCommand.class.getName(), "--port", "0", "--scenarios", Lab.SCENARIOS.toString(), "--data-dir", data.toString()))
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("first line of spokes serve").isNotNull();
            Matcher m = Pattern.compile("Spokes lab: http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
            assertThat(m.find()).as(line).isTrue();
            String base = "http://127.0.0.1:" + m.group(1);
            // While it runs, the database is its own: a second lab is told so, not given a broken store.
            assertThatThrownBy(() -> RunStore.open(data)).hasMessageContaining("is in use by another Spokes lab");
            Lab.Reply saved = Lab.send(HttpRequest.newBuilder(URI.create(base + "/api/runs")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"label\": \"before the kill\", \"request\": "
                            + "{\"scenario\": \"toy-triangle\", \"challenger\": \"PRK\", \"target\": \"KOR\", \"seed\": 11}}")));
            assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
            // Killed the moment it has answered: whatever it had not yet written to the file is lost.
            p.destroyForcibly();
            long id = saved.json().path("run").path("id").asLong();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(137);
            try (RunStore store = RunStore.open(data)) {
                SavedRun run = store.get(id).orElseThrow(() -> new AssertionError("run " + id + " lost"));
                assertThat(run.summary().label()).isEqualTo("before the kill");
                JsonNode results = Json.parse(run.results());
                assertThat(results.path("seed").asLong()).isEqualTo(11);
                assertThat(results.path("variants").get(0).path("result").path("deterrence").isNumber()).isTrue();
            }
        } finally {
            p.destroyForcibly();
        }
    }

    private static int run(StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new ServeCommand());
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }
}
