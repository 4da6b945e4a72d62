package io.spokes.data.cli;

import picocli.CommandLine.Command;

/** Placeholder while the command is written. */
@Command(name = "network", mixinStandardHelpOptions = true, description = "not yet available")
public final class NetworkCommand implements Runnable {
    @Override
    public void run() {
    }
}
