package io.spokes.cli;

import io.spokes.io.located.SpecialFiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue #14, items 3 and 4 at the command line: a device, a FIFO, an explicit null and a repeated
 * obligation each give one line on stderr and exit 2, at once, and write nothing to stdout.
 */
class InputFilesTest {
    @TempDir
    Path dir;

    @Test
    void validateDevZeroIsOneLineAndExitTwo() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this system");
        // before the fix: 20 s, then an OutOfMemoryError stack trace and exit 1
        Cli r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run("validate", "/dev/zero"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: /dev/zero: not a regular file (a device, pipe or socket); give the scenario file\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void crisisOnAFifoIsOneLineAndExitTwo() throws Exception {
        Path fifo = SpecialFiles.fifo(dir.resolve("pipe.yaml"));
        // before the fix: blocked forever waiting for a writer
        Cli r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run("crisis", fifo.toString(), "--challenger", "PRK", "--target", "KOR"));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: " + fifo + ": not a regular file (a device, pipe or socket); give the scenario file\n");
    }

    @Test
    void anExplicitNullIsNotTheDefault() throws IOException {
        // before the fix: 'nuclear: ~' on the USA read as false, and deterrence fell from 0.963 to 0.109
        Path toy = Path.of(Cli.TOY);
        String text = Files.readString(toy);
        assertThat(text).contains("    nuclear: true\n");
        Path file = dir.resolve("null.yaml");
        Files.writeString(file, text.replaceFirst("    nuclear: true\n", "    nuclear: ~\n"));
        Cli r = Cli.run("crisis", file.toString(), "--challenger", "PRK", "--target", "KOR");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).matches("error: " + java.util.regex.Pattern.quote(file.toString())
                + ":\\d+:14: states\\[0\\]\\.nuclear: expected true or false, got null \\(an empty value or ~\\); write a value, "
                + "or leave the key out for its default\n");
        assertThat(r.out()).isEmpty();
    }
}
