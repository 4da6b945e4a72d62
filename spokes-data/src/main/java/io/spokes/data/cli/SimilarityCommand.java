package io.spokes.data.cli;

import picocli.CommandLine.Command;

/** Placeholder while the command is written. */
@Command(name = "similarity", mixinStandardHelpOptions = true, description = "not yet available")
public final class SimilarityCommand implements Runnable {
    @Override
    public void run() {
    }
}
