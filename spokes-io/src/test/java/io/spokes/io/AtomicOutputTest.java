package io.spokes.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

    // --- output places that cannot take the file: one reason each, never a bare path (issue 14, item 7)

    @Test
    void aFolderAsTheTargetIsRefusedWithTheReason(@TempDir Path dir) {
        assertThatThrownBy(() -> AtomicOutput.write(dir, w -> w.write("x")))
                .isInstanceOf(OutputException.class).hasMessage("cannot write " + dir + ": is a folder; give a file name");
        assertThat(entries(dir)).isEmpty();
    }

    @Test
    void aPathThroughAFileIsRefusedWithTheReason(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThatThrownBy(() -> AtomicOutput.write(file.resolve("out.csv"), w -> w.write("x")))
                .isInstanceOf(OutputException.class)
                .hasMessage("cannot write " + file.resolve("out.csv") + ": a file is in the way where a folder is needed (" + file + ")");
        assertThatThrownBy(() -> AtomicOutput.write(file.resolve("sub/out.csv"), w -> w.write("x")))
                .isInstanceOf(OutputException.class).hasMessageStartingWith("cannot write " + file.resolve("sub/out.csv") + ": ")
                .hasMessageNotContaining("Exception");
        assertThatThrownBy(() -> AtomicOutput.writeTogether(file, List.of(Map.entry("a.csv", w -> w.write("x")))))
                .isInstanceOf(OutputException.class).hasMessage("cannot write " + file + ": a file is in the way where a folder is needed");
    }

    @Test
    void aPlaceTheSystemRefusesGivesItsReason() {
        // /proc takes no new files, even for root (the tests may run as root, for whom permissions do not apply).
        assertThatThrownBy(() -> AtomicOutput.write(Path.of("/proc/spokes-test.csv"), w -> w.write("x")))
                .isInstanceOf(OutputException.class).hasMessageMatching("cannot write /proc/spokes-test\\.csv: [a-z].+ \\(in /proc\\)");
    }

    // --- several files as one unit (the report's results.csv and report.html, issue 14, item 5)

    private static final String A = "results.csv";
    private static final String B = "report.html";

    private static List<Map.Entry<String, AtomicOutput.Content>> pair(String version) {
        return List.of(Map.entry(A, w -> w.write("csv " + version)), Map.entry(B, w -> w.write("html " + version)));
    }

    /** A pair whose second file fails as a full disk does, after the first was written whole. */
    private static List<Map.Entry<String, AtomicOutput.Content>> pairFailingOnTheSecond() {
        return List.of(Map.entry(A, w -> w.write("csv new")), Map.entry(B, w -> {
            w.write("<html>half");
            throw new IOException("No space left on device");
        }));
    }

    @Test
    void aPairIntoANewFolderIsWrittenWhole(@TempDir Path parent) throws IOException {
        Path dir = parent.resolve("out/report");
        AtomicOutput.writeTogether(dir, pair("new"));
        assertThat(dir.resolve(A)).hasContent("csv new");
        assertThat(dir.resolve(B)).hasContent("html new");
        assertThat(entries(dir)).containsExactlyInAnyOrder(A, B);
        assertThat(entries(dir.getParent())).containsExactly("report");
    }

    @Test
    void aPairReplacesAnEarlierPairWhole(@TempDir Path parent) throws IOException {
        Path dir = parent.resolve("report");
        AtomicOutput.writeTogether(dir, pair("old"));
        AtomicOutput.writeTogether(dir, pair("new"));
        assertThat(dir.resolve(A)).hasContent("csv new");
        assertThat(dir.resolve(B)).hasContent("html new");
        assertThat(entries(parent)).containsExactly("report");
        assertThat(entries(dir)).containsExactlyInAnyOrder(A, B);
    }

    @Test
    void aPairIntoAFolderWithOtherFilesKeepsThem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        AtomicOutput.writeTogether(dir, pair("old"));
        AtomicOutput.writeTogether(dir, pair("new"));
        assertThat(dir.resolve(A)).hasContent("csv new");
        assertThat(dir.resolve(B)).hasContent("html new");
        assertThat(dir.resolve("notes.txt")).hasContent("mine");
        assertThat(entries(dir)).containsExactlyInAnyOrder(A, B, "notes.txt");
    }

    @Test
    void aFullDiskOnTheSecondFileWritesNeitherIntoANewFolder(@TempDir Path parent) {
        Path dir = parent.resolve("report");
        assertThatThrownBy(() -> AtomicOutput.writeTogether(dir, pairFailingOnTheSecond()))
                .isInstanceOf(OutputException.class).hasMessage("cannot write " + dir + ": no space left on device");
        assertThat(dir).doesNotExist();
        assertThat(entries(parent)).isEmpty();
    }

    @Test
    void aFullDiskOnTheSecondFileKeepsTheEarlierPair(@TempDir Path parent) throws IOException {
        Path dir = parent.resolve("report");
        AtomicOutput.writeTogether(dir, pair("old"));
        assertThatThrownBy(() -> AtomicOutput.writeTogether(dir, pairFailingOnTheSecond())).isInstanceOf(OutputException.class);
        assertThat(dir.resolve(A)).hasContent("csv old");
        assertThat(dir.resolve(B)).hasContent("html old");
        assertThat(entries(parent)).containsExactly("report");
        assertThat(entries(dir)).containsExactlyInAnyOrder(A, B);
    }

    @Test
    void aFullDiskOnTheSecondFileInAFolderWithOtherFilesKeepsTheEarlierPair(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        AtomicOutput.writeTogether(dir, pair("old"));
        assertThatThrownBy(() -> AtomicOutput.writeTogether(dir, pairFailingOnTheSecond())).isInstanceOf(OutputException.class);
        assertThat(dir.resolve(A)).hasContent("csv old");
        assertThat(dir.resolve(B)).hasContent("html old");
        assertThat(entries(dir)).containsExactlyInAnyOrder(A, B, "notes.txt");
    }

    @Test
    void aFailingRendererOnTheSecondFilePublishesNothing(@TempDir Path parent) {
        Path dir = parent.resolve("report");
        assertThatThrownBy(() -> AtomicOutput.writeTogether(dir, List.of(Map.entry(A, w -> w.write("csv")),
                Map.entry(B, w -> {
                    throw new IllegalStateException("renderer failed");
                })))).isInstanceOf(IllegalStateException.class);
        assertThat(entries(parent)).isEmpty();
    }

    @Test
    void hiddenLeftoversOfAKilledWriteAreRemovedByTheNextOne(@TempDir Path parent) throws IOException {
        Path dir = parent.resolve("report");
        // what a kill -9 can leave: a staging folder beside, an old set renamed aside
        Files.createDirectories(parent.resolve(".report.1f2e.tmp"));
        Files.writeString(parent.resolve(".report.1f2e.tmp/results.csv"), "half");
        Files.createDirectories(parent.resolve(".report.77.tmp"));
        Files.createDirectories(parent.resolve(".report.notours"));
        AtomicOutput.writeTogether(dir, pair("new"));
        assertThat(entries(parent)).containsExactlyInAnyOrder("report", ".report.notours");
    }

    static List<String> entries(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
