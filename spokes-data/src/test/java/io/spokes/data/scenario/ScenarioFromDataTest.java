package io.spokes.data.scenario;

import io.spokes.core.crisis.CrisisResult;
import io.spokes.core.crisis.CrisisSolver;
import io.spokes.core.domain.CapabilityIndex;
import io.spokes.core.domain.Obligation;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.Treaty;
import io.spokes.data.cli.ScenarioCommand;
import io.spokes.io.InputException;
import io.spokes.io.scenario.ScenarioReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioFromDataTest {
    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new ScenarioCommand());
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("error: " + e.getMessage());
            return e instanceof InputException ? 2 : 1;
        });
        return cli.execute(args);
    }

    @Test
    void korea1953IsAValidScenarioThatTheCrisisEngineRuns() throws IOException {
        Path out = dir.resolve("scenario.yaml");
        StringWriter err = new StringWriter();
        assertThat(run(err, "from-data", "--year", "1953", "--focus", "KOR", "--depth", "2", "--out", out.toString())).isZero();
        String text = Files.readString(out);
        assertThat(text).startsWith("# yaml-language-server").contains("# Provenance rules:").contains("Leeds, Brett Ashley");
        Scenario s = ScenarioReader.read(out);
        assertThat(s.year()).isEqualTo(1953);
        assertThat(s.description()).contains("within 2 defense-tie steps of KOR in 1953");
        assertThat(s.citations()).hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates()
                .anySatisfy(c -> assertThat(c).contains("Alliance Treaty Obligations and Provisions"))
                .anySatisfy(c -> assertThat(c).contains("Capability Distribution"));
        assertThat(s.states()).extracting(st -> st.id()).contains("USA", "KOR", "JPN", "PHL", "AUS", "GBR");
        assertThat(s.states().stream().filter(st -> st.id().equals("USA")).findFirst().orElseThrow().nuclear()).isTrue();
        assertThat(s.states().stream().filter(st -> st.id().equals("KOR")).findFirst().orElseThrow().capability())
                .as("NMC 7.0 cinc of South Korea in 1953").isPositive();
        Treaty usRok = s.treaties().stream().filter(t -> t.atopId() != null && t.atopId() == 3240).findFirst().orElseThrow();
        assertThat(usRok.members()).allMatch(m -> m.obligations().contains(Obligation.DEFENSE));
        assertThat(usRok.signed()).hasToString("1953-10-01");
        assertThat(usRok.milinst()).isEqualTo(2);
        assertThat(usRok.source()).contains("atop5_1m.csv lines 937 (USA), 938 (KOR)");
        CrisisResult r = new CrisisSolver(s, 1).solve("CAN", "KOR");
        assertThat(r.deterrence()).isBetween(0.0, 1.0);
    }

    @Test
    void anyYearOfCoverageWorks() throws IOException {
        for (String[] c : new String[][] {{"1816", "200"}, {"1914", "FRA"}, {"1962", "PRK"}, {"2018", "cow:ROK"}}) {
            Path out = dir.resolve("s" + c[0] + ".yaml");
            StringWriter err = new StringWriter();
            assertThat(run(err, "from-data", "--year", c[0], "--focus", c[1], "--out", out.toString())).as(c[0] + " " + err).isZero();
            Scenario s = ScenarioReader.read(out);
            assertThat(s.states().size()).isGreaterThanOrEqualTo(2);
        }
    }

    /** --capability: milex by default (written as capability_index), cinc on request, nothing else. */
    @Test
    void capabilityOption() throws IOException {
        Path milex = dir.resolve("milex.yaml");
        assertThat(run(new StringWriter(), "from-data", "--year", "2018", "--focus", "731", "--depth", "1", "--out", milex.toString())).isZero();
        assertThat(Files.readString(milex)).contains("--capability milex` from").contains("\ncapability_index: milex\n");
        assertThat(ScenarioReader.read(milex).capabilityIndex()).isEqualTo(CapabilityIndex.MILEX);
        Path cinc = dir.resolve("cinc.yaml");
        assertThat(run(new StringWriter(), "from-data", "--year", "2018", "--focus", "731", "--depth", "1", "--capability", "cinc",
                "--out", cinc.toString())).isZero();
        assertThat(Files.readString(cinc)).contains("--capability cinc` from").doesNotContain("capability_index:");
        assertThat(ScenarioReader.read(cinc).capabilityIndex()).isEqualTo(CapabilityIndex.CINC);
        for (String bad : new String[] {"resources", "gdp"}) {
            StringWriter err = new StringWriter();
            assertThat(run(err, "from-data", "--year", "2018", "--focus", "731", "--capability", bad, "--out", cinc.toString())).isEqualTo(2);
            assertThat(err.toString().trim()).isEqualTo(bad.equals("gdp") ? "error: --capability: use milex or cinc, got 'gdp'"
                    : "error: --capability: use milex or cinc: the bundled data hold nothing for resources (resources needs GDP data)");
        }
    }

    @Test
    void yearOutsideCoverageAndStateWithoutTiesAreOneLineErrors() {
        StringWriter err = new StringWriter();
        Path out = dir.resolve("x.yaml");
        assertThat(run(err, "from-data", "--year", "2020", "--focus", "KOR", "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString().trim()).isEqualTo("error: --year: year 2020 lies outside 1816-2018, the years ATOP 5.1 and the COW "
                + "state system both cover");
        StringWriter err2 = new StringWriter();
        assertThat(run(err2, "from-data", "--year", "1950", "--focus", "CHE", "--out", out.toString())).isEqualTo(2);
        assertThat(err2.toString().trim()).isEqualTo("error: --focus: CHE has no defense tie, strategic rival or MID opponent in 1950 "
                + "(ATOP 5.1, Thompson, Sakuwa & Suhas 2021, COW-MID 5.0); a scenario needs at least two states; add some with --states");
        assertThat(out).doesNotExist();
    }

    /** Before the fix, every ISO code failed after 2016 (the end of COW v2016) while the COW number worked. */
    @Test
    void isoCodesWorkAfter2016AsCowNumbersDo() throws IOException {
        Path iso = dir.resolve("iso.yaml");
        Path cow = dir.resolve("cow.yaml");
        StringWriter err = new StringWriter();
        assertThat(run(err, "from-data", "--year", "2018", "--focus", "KOR", "--out", iso.toString())).as(err.toString()).isZero();
        assertThat(run(err, "from-data", "--year", "2018", "--focus", "732", "--out", cow.toString())).as(err.toString()).isZero();
        assertThat(ScenarioReader.read(iso)).isEqualTo(ScenarioReader.read(cow));
        assertThat(run(err, "from-data", "--year", "2017", "--focus", "PRK", "--depth", "1", "--out", iso.toString())).as(err.toString()).isZero();
    }

    @Test
    void statesAddsAndDropsAndItsErrorsAreOneLine() throws IOException {
        Path out = dir.resolve("s.yaml");
        StringWriter err = new StringWriter();
        assertThat(run(err, "from-data", "--year", "1953", "--focus", "732", "--states", "+THA,+ETH,-BRA,+560", "--out", out.toString()))
                .as(err.toString()).isZero();
        Scenario s = ScenarioReader.read(out);
        assertThat(s.stateIds()).contains("THA", "ZAF").doesNotContain("BRA", "ETH");
        String text = Files.readString(out);
        assertThat(text).contains("--states +THA,+ETH,-BRA,+560").contains("included THA (COW 800): added by --states")
                .contains("left out BRA (COW 140): dropped by --states")
                // an added state still needs a capability: Ethiopia has no NMC 7.0 milex up to 1953 (ccode 530)
                .contains("included ETH (COW 530): added by --states").contains("ETH (COW 530): left out, no NMC milex in or before 1953");
        String[][] bad = {
                {"THA", "error: --states: each item is + or - and a state (+THA, -BRA, +800), got 'THA'"},
                {"+THA,", "error: --states: each item is + or - and a state (+THA, -BRA, +800), got ''"},
                {"+XYZ", "error: --states: +XYZ: unknown state 'XYZ'; give an ISO alpha-3 code (KOR), a COW number (732), "
                        + "cow:<COW abbreviation> (cow:ROK) or gw:<Gleditsch-Ward number>"},
                {"-KOR", "error: --states: -KOR: cannot drop the focus state; choose another --focus"},
                {"-IND", "error: --states: -IND: IND (COW 750) is not among the selected states of 1953, so there is nothing to drop"},
                {"+626", "error: --states: +SSD: COW 626 is not a member of the COW state system in 1953"},
                {"+THA,-800", "error: --states: -800: THA (COW 800) is both added and dropped; give it once"},
                {"+THA,+cow:THI", "error: --states: +cow:THI: THA (COW 800) is listed twice; list it once"}};
        Path none = dir.resolve("none.yaml");
        for (String[] b : bad) {
            StringWriter e = new StringWriter();
            assertThat(run(e, "from-data", "--year", "1953", "--focus", "732", "--states", b[0], "--out", none.toString())).as(b[0]).isEqualTo(2);
            assertThat(e.toString().trim()).as(b[0]).isEqualTo(b[1]);
        }
        assertThat(none).doesNotExist();
    }
}
