package io.spokes.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicOutputTest {
    @Test
    void writesWholeFileReadableByAll(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("sub/result.csv");
        AtomicOutput.write(out, w -> w.write("a,b\n1,2\n"));
        assertThat(out).hasContent("a,b\n1,2");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
        try (var files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aFailureMidWayLeavesNoFileAndKeepsTheOldOne(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("result.csv");
        Files.writeString(out, "old\n");
        assertThatThrownBy(() -> AtomicOutput.write(out, w -> {
            w.write("half of the new content");
            throw new IllegalStateException("solver failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(out).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }
}
