package io.spokes.data.cli;

import io.spokes.data.source.DataFiles;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The option every data command shares: where the raw files are. */
public final class DataOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Read the raw files from DIR instead of the copies bundled with Spokes (gzipped NAME.gz also works).")
    Path dataDir;

    public DataFiles files() {
        return dataDir == null ? DataFiles.bundled() : DataFiles.in(dataDir);
    }
}
