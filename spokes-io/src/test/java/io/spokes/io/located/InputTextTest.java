package io.spokes.io.located;

import io.spokes.core.domain.Scenario;
import io.spokes.io.InputException;
import io.spokes.io.scenario.ScenarioReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue #14, item 4: an input file is refused before a byte is read when it is not a regular
 * file (a device, FIFO or folder) or larger than {@link InputText#MAX_BYTES}, with one line naming
 * the file; a bad UTF-8 byte is reported at its line and column.
 */
class InputTextTest {
    private static final String LIMIT = "a scenario file may have at most 8388608 bytes (8 MiB)";

    @TempDir
    Path dir;

    @Test
    void theLimitIsEightMebibytes() {
        assertThat(InputText.MAX_BYTES).isEqualTo(8 * 1024 * 1024); // documented in docs/scenario-format.md and docs/sweeps.md
    }

    @Test
    void aDeviceIsRefusedAtOnce() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        // before the fix: 20 s, then an OutOfMemoryError
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> ScenarioReader.read(zero))
                .isInstanceOf(InputException.class)
                .hasMessage("/dev/zero: not a regular file (a device, pipe or socket); give the scenario file"));
    }

    @Test
    void aLinkToADeviceIsRefusedToo() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        Path link = Files.createSymbolicLink(dir.resolve("zero.yaml"), zero);
        assertThatThrownBy(() -> ScenarioReader.read(link))
                .hasMessage(link + ": not a regular file (a device, pipe or socket); give the scenario file");
    }

    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.yaml"));
        // before the fix: opening the FIFO blocked forever, waiting for a writer
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> ScenarioReader.read(fifo))
                .isInstanceOf(InputException.class)
                .hasMessage(fifo + ": not a regular file (a device, pipe or socket); give the scenario file"));
    }

    @Test
    void aFolderIsRefused() {
        assertThatThrownBy(() -> ScenarioReader.read(dir))
                .isInstanceOf(InputException.class)
                .hasMessage(dir + ": is a folder; give the scenario file");
    }

    @Test
    void aSparseFileOverTheLimitIsRefusedBeforeReading() throws IOException {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024); // 3 GiB of holes: no disk used, and never read
        }
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThatThrownBy(() -> ScenarioReader.read(big))
                .isInstanceOf(InputException.class)
                .hasMessage(big + ": the file has 3221225472 bytes; " + LIMIT));
    }

    @Test
    void aScenarioOfExactlyTheLimitIsReadAndOneByteMoreIsNot() throws IOException {
        byte[] scenario = Files.readAllBytes(Path.of("..", "scenarios", "toy-triangle.yaml"));
        Path exact = dir.resolve("exact.yaml");
        Files.write(exact, padded(scenario, (int) InputText.MAX_BYTES));
        assertThat(Files.size(exact)).isEqualTo(InputText.MAX_BYTES);
        Scenario s = ScenarioReader.read(exact);
        assertThat(s.name()).isEqualTo("toy-triangle");

        Path over = dir.resolve("over.yaml");
        Files.write(over, padded(scenario, (int) InputText.MAX_BYTES + 1));
        assertThatThrownBy(() -> ScenarioReader.read(over))
                .isInstanceOf(InputException.class)
                .hasMessage(over + ": the file has 8388609 bytes; " + LIMIT);
    }

    /**
     * The scenario followed by comment lines of at most 80 bytes that bring it to {@code size}
     * bytes (short lines as in a real file: SnakeYAML scans one 8 MB line in about 30 s).
     */
    private static byte[] padded(byte[] scenario, int size) {
        byte[] out = new byte[size];
        System.arraycopy(scenario, 0, out, 0, scenario.length);
        for (int i = scenario.length; i < size; i += 80) {
            int end = Math.min(size, i + 80);
            out[i] = '#';
            java.util.Arrays.fill(out, i + 1, end - 1, (byte) 'x');
            out[end - 1] = '\n';
        }
        return out;
    }

    @Test
    void aFileLargerThanItsSizeSaysIsCutAtTheLimitPlusOne() {
        // a file in /proc reports size 0 but has content: the read itself is bounded
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isRegularFile(status), "no /proc on this system");
        assertThatThrownBy(() -> InputText.read(status, "status", "scenario", 16))
                .isInstanceOf(InputException.class)
                .hasMessage("status: the file has more than 16 bytes; a scenario file may have at most 16 bytes");
    }

    @Test
    void aBadUtf8ByteIsLocated() throws IOException {
        Path latin = dir.resolve("latin.yaml");
        // line 2 has a correct two-byte é before the bad byte, which counts as one column
        Files.write(latin, "name: x\ntitle: caf\u00e9 \u00e0 ".getBytes(StandardCharsets.UTF_8));
        Files.write(latin, new byte[] {(byte) 0xe9, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> ScenarioReader.read(latin))
                .isInstanceOf(InputException.class)
                .hasMessage(latin + ":2:15: not UTF-8 text (byte 0xe9); save the scenario as UTF-8");
    }

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
        Path bom = dir.resolve("bom.yaml");
        byte[] scenario = Files.readAllBytes(Path.of("..", "scenarios", "toy-triangle.yaml"));
        byte[] withBom = new byte[scenario.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(scenario, 0, withBom, 3, scenario.length);
        Files.write(bom, withBom);
        assertThat(ScenarioReader.read(bom).name()).isEqualTo("toy-triangle");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> InputText.read(dir.resolve("none.yaml"), "experiment"))
                .isInstanceOf(InputException.class)
                .hasMessage(dir.resolve("none.yaml") + ": no such experiment file");
    }
}
