package io.spokes.sweep.experiment;

import io.spokes.io.InputException;
import io.spokes.sweep.Experiments;

import io.spokes.io.located.SpecialFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue #14, items 3, 4 and 7 for experiment files, which share the scenario's guarded reader
 * (io.spokes.io.located.InputText): the experiment and the scenario it names must be regular
 * files within the size limit, a wrong scenario file is quoted at most 60 characters, and an
 * explicit null is an error.
 */
class ExperimentInputFilesTest {
    @TempDir
    Path dir;

    @Test
    void aScenarioThatIsADeviceIsRefusedAtTheExperimentsScenarioKey() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this system");
        String text = Experiments.toyLatin(10).replace(Experiments.TOY.toString(), "/dev/zero");
        Path file = dir.resolve("experiment.yaml");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> Experiments.read(dir, text))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ":2:11: scenario: scenario /dev/zero: not a regular file (a device, pipe or socket); give the scenario file"));
    }

    @Test
    void aScenarioThatIsNotYamlIsQuotedAtMostSixtyCharacters() {
        String passwd = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n".repeat(50);
        Path scenario = Experiments.write(dir, "passwd", passwd);
        String text = Experiments.toyLatin(10).replace(Experiments.TOY.toString(), scenario.toString());
        assertThatThrownBy(() -> Experiments.read(dir, text))
                .isInstanceOf(InputException.class)
                .hasMessage(scenario + ":1:1: the scenario must be a mapping of keys to values, got text "
                        + "'root:x:0:0:root:/root:/bin/bash daemon:x:1:1:daemon:/usr/sbi...'");
    }

    @Test
    void anExperimentThatIsAFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("experiment.yaml"));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> ExperimentReader.read(fifo))
                .isInstanceOf(InputException.class)
                .hasMessage(fifo + ": not a regular file (a device, pipe or socket); give the experiment file"));
    }

    @Test
    void anExplicitNullIsAnError() {
        String text = Experiments.toyLatin(10).replace("seed: 7", "seed: 7\ndescription: ~");
        Path file = dir.resolve("experiment.yaml");
        assertThatThrownBy(() -> Experiments.read(dir, text))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ":4:14: description: expected text, got null (an empty value or ~); write a value, "
                        + "or leave the key out for its default");
    }
}
