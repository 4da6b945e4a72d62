package io.spokes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import static org.assertj.core.api.Assertions.assertThat;

class CrisisCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonHasEveryContractKeyWithProbabilitiesInRange() throws Exception {
        Cli r = Cli.run("crisis", Cli.KOREA, "--challenger", "PRK", "--target", "KOR", "--format", "json", "--seed", "7");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = JSON.readTree(r.out());
        for (String key : new String[] {"deterrence", "p_challenge", "p_resist", "p_war", "hub", "abandonment",
                "entrapment", "intervention", "equilibria", "parameters", "seed", "version"}) {
            assertThat(j.has(key)).as(key).isTrue();
        }
        assertThat(j.get("seed").asLong()).isEqualTo(7);
        assertThat(j.get("version").asText()).isNotBlank();
        assertThat(j.at("/equilibria/upper/q").isObject()).isTrue();
        assertThat(j.at("/equilibria/upper/iterations").isInt()).isTrue();
        assertThat(j.at("/equilibria/lower/iterations").isInt()).isTrue();
        assertThat(j.at("/equilibria/unique").isBoolean()).isTrue();
        assertThat(j.at("/hub/id").asText()).isEqualTo("USA");
        assertThat(j.at("/parameters/kbar").asDouble()).isEqualTo(1.0);
        double pc = j.get("p_challenge").asDouble();
        assertThat(j.get("deterrence").asDouble()).isEqualTo(1 - pc);
        assertThat(j.get("p_war").asDouble()).isEqualTo(pc * j.get("p_resist").asDouble());
        for (String map : new String[] {"abandonment", "entrapment", "intervention"}) {
            Iterator<JsonNode> values = j.get(map).elements();
            assertThat(values.hasNext()).as(map).isTrue();
            values.forEachRemaining(v -> assertThat(v.asDouble()).as(map).isBetween(0.0, 1.0));
        }
        assertThat(j.get("abandonment").has("USA")).isTrue();
    }

    @Test
    void sameSeedGivesTheSameBytes() {
        String[] args = {"crisis", Cli.KOREA, "--challenger", "CHN", "--target", "JPN", "--format", "json", "--seed", "99"};
        assertThat(Cli.run(args).out()).isEqualTo(Cli.run(args).out());
    }

    @Test
    void sampledExpectationsAreDeterministicForASeedAndReportStandardErrors() throws Exception {
        String[] args = {"crisis", Cli.KOREA, "--challenger", "PRK", "--target", "KOR", "--format", "json",
                "--seed", "5", "--set", "exact_limit=3", "--set", "samples=2000", "--set", "large_method=1"};
        Cli a = Cli.run(args);
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(Cli.run(args).out()).isEqualTo(a.out());
        JsonNode j = JSON.readTree(a.out());
        assertThat(j.get("method").asText()).isEqualTo("sampled");
        assertThat(j.at("/expectations/se_ep").asDouble()).isPositive();
        args[9] = "6";
        assertThat(Cli.run(args).out()).isNotEqualTo(a.out());
    }

    @Test
    void setOverridesAParameterAndIsRecorded() throws Exception {
        Cli r = Cli.run("crisis", Cli.TOY, "--challenger", "PRK", "--target", "KOR", "--format", "json", "--set", "kbar=2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).at("/parameters/kbar").asDouble()).isEqualTo(2.0);
    }

    @Test
    void tableAndCsvFormats() {
        Cli table = Cli.run("crisis", Cli.TOY, "--challenger", "PRK", "--target", "KOR");
        assertThat(table.code()).isZero();
        assertThat(table.out()).contains("deterrence", "hub abandonment", "USA", "Seed ");
        Cli csv = Cli.run("crisis", Cli.TOY, "--challenger", "PRK", "--target", "KOR", "--format", "csv");
        assertThat(csv.out().lines().findFirst()).contains(io.spokes.io.result.TidyCsv.HEADER);
        assertThat(csv.out()).contains(",deterrence,,");
    }

    @Test
    void unknownStateIsOneLineExitTwo() {
        Cli r = Cli.run("crisis", Cli.TOY, "--challenger", "PRK", "--target", "RKO");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n").contains("--target").contains("unknown state 'RKO'");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aDomainErrorInTheScenarioIsTheSameOneLineExitTwo(@TempDir Path dir) throws Exception {
        // The Scenario constructor's FieldException (hub names unknown state) located by the reader at line 178, column 6.
        Path bad = dir.resolve("bad-hub.yaml");
        Files.writeString(bad, Files.readString(Path.of(Cli.TOY)).replace("\nhub: USA\n", "\nhub: XXX\n"));
        Cli r = Cli.run("crisis", bad.toString(), "--challenger", "PRK", "--target", "KOR");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: " + bad + ":178:6: hub: hub names unknown state 'XXX'");
    }

    @Test
    void badSetValueIsOneLineExitTwo() {
        Cli r = Cli.run("crisis", Cli.TOY, "--challenger", "PRK", "--target", "KOR", "--set", "kbar=abc");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("error: --set kbar=abc: parameter kbar needs a number, got 'abc'");
        // a parameter model v2 removed says so and what replaced it
        Cli removed = Cli.run("crisis", Cli.TOY, "--challenger", "PRK", "--target", "KOR", "--set", "phi=0.5");
        assertThat(removed.code()).isEqualTo(2);
        assertThat(removed.err().strip()).startsWith("error: --set phi=0.5: parameter phi was removed in model v2");
    }

    @Test
    void badScenarioWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nyear: 2023\nstates:\n  - {id: USA, cow: 2, name: US, capability: -1}\n  - {id: KOR, cow: 732, name: ROK, capability: 0.02}\n");
        Path out = dir.resolve("result.json");
        Cli r = Cli.run("crisis", bad.toString(), "--challenger", "USA", "--target", "KOR", "--format", "json", "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("error: " + bad + ":4:").contains("states[0].capability");
        assertThat(out).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.yaml");
        }
    }

    @Test
    void versionAndHelp() {
        assertThat(Cli.run("--version").out()).startsWith("spokes ");
        for (String cmd : new String[] {"crisis", "compare", "report", "validate"}) {
            Cli r = Cli.run(cmd, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage: spokes " + cmd);
        }
    }
}
