package io.spokes.web.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunStoreTest {
    @TempDir
    Path dir;

    static NewRun run(String label, long seed) {
        return new NewRun(label, "toy-triangle", "PRK", "KOR", List.of("baseline", "lattice", "alignment(KOR)"), seed, "0.1.0",
                "{\"seed\": " + seed + "}", "{\"name\": \"toy-triangle\"}", "{\"variants\": []}", "scenario,variant\n" + "x".repeat(100_000));
    }

    @Test
    void savedRunsReadBackWholeAndSurviveAReopen() {
        long first;
        try (RunStore store = RunStore.open(dir)) {
            first = store.save(run("first", 1)).id();
            RunSummary second = store.save(run("second", 2));
            assertThat(second.id()).isGreaterThan(first);
            assertThat(store.list(10)).extracting(RunSummary::label).containsExactly("second", "first");
            assertThat(store.list(1)).hasSize(1);
        }
        assertThat(Files.exists(dir.resolve("runs.mv.db"))).isTrue();
        try (RunStore store = RunStore.open(dir)) {
            SavedRun r = store.get(first).orElseThrow();
            assertThat(r.summary().variants()).containsExactly("baseline", "lattice", "alignment(KOR)");
            assertThat(r.summary().seed()).isEqualTo(1);
            assertThat(r.summary().challenger()).isEqualTo("PRK");
            assertThat(r.csv()).hasSize("scenario,variant\n".length() + 100_000);
            assertThat(r.request()).isEqualTo("{\"seed\": 1}");
            assertThat(store.count()).isEqualTo(2);
            assertThat(store.delete(first)).isTrue();
            assertThat(store.delete(first)).isFalse();
            assertThat(store.get(first)).isEmpty();
        }
    }

    @Test
    void aNormalCloseLeavesNoStackTraceInTheTraceFile() throws Exception {
        // Closing used to shut the database down through a pooled connection, whose return then
        // failed on the closed database: "Database is already closed" in runs.trace.db at every stop.
        try (RunStore store = RunStore.open(dir)) {
            store.save(run("one", 1));
            store.list(10);
        }
        Path trace = dir.resolve("runs.trace.db");
        assertThat(Files.exists(trace) ? Files.readString(trace) : "").doesNotContain("Exception").doesNotContain("already closed");
        try (RunStore store = RunStore.open(dir)) {
            assertThat(store.count()).isEqualTo(1);
        }
        assertThat(Files.exists(trace) ? Files.readString(trace) : "").isEmpty();
    }

    @Test
    void theDataDirectoryIsCreatedPrivate() throws Exception {
        Path fresh = dir.resolve("a").resolve("b");
        try (RunStore store = RunStore.open(fresh)) {
            assertThat(store.count()).isZero();
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
    }

    @Test
    void aDataDirectoryThatIsAFileIsRefusedClearly() throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        assertThatThrownBy(() -> RunStore.open(file)).hasMessageContaining("cannot");
    }
}
