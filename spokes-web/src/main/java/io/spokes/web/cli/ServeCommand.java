package io.spokes.web.cli;

import io.spokes.io.TerminalText;
import io.spokes.io.cli.OptionalCommand;
import io.spokes.web.LabConfig;
import io.spokes.web.LabServer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code spokes serve}: the lab, a local web page over the library, until Ctrl+C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the Spokes lab: a local web page to see an alliance system, change it and watch deterrence move.",
                "Listens on 127.0.0.1 unless --bind says otherwise; on any other address every API call needs the token printed at start."})
public final class ServeCommand implements Callable<Integer>, OptionalCommand {
    /** Exit code for a bad option or an unusable folder or port, as the CLI's bad input. */
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port = LabConfig.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
    String bind = LabConfig.DEFAULT_BIND;

    @Option(names = "--scenarios", paramLabel = "DIR", description = "Folder of bundled scenario files. Default: ./scenarios.")
    Path scenarios;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the saved-runs database. Default: $XDG_DATA_HOME/spokes, else ~/.local/share/spokes.")
    Path dataDir;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path scenarioDir = scenarios != null ? scenarios : Path.of("scenarios");
        if (scenarios != null && !Files.isDirectory(scenarios)) {
            err.println(TerminalText.escape("error: --scenarios " + scenarios + ": no such folder"));
            return BAD_INPUT;
        }
        quietLogging();
        LabServer server;
        try {
            server = LabServer.start(LabConfig.of(bind, port, scenarioDir, dataDir != null ? dataDir : LabConfig.defaultDataDir()));
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            err.println(TerminalText.escape("error: " + e.getMessage()));
            return BAD_INPUT;
        } catch (RuntimeException e) {
            // Jetty reports a taken port as a wrapped BindException.
            err.println(TerminalText.escape("error: cannot listen on " + bind + ":" + port + ": " + rootMessage(e)));
            return BAD_INPUT;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "spokes-lab-stop"));
        out.println("Spokes lab: " + server.url());
        if (server.config().requiresToken()) {
            out.println("Listening on " + bind + ": every API call needs the token " + server.config().token()
                    + " (the address above passes it to the page).");
        }
        out.println("Scenarios from " + server.config().scenarios().toAbsolutePath().normalize()
                + (Files.isDirectory(server.config().scenarios()) ? "" : " (not found: only uploaded scenarios)"));
        out.println("Saved runs in " + server.config().dataDir().toAbsolutePath().normalize() + ". Press Ctrl+C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /**
     * Jetty and Javalin log their start-up at INFO, and Javalin logs a failed start before the lab
     * explains it in one line; the lab prints its own lines and logs only its own problems.
     */
    static void quietLogging() {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        if (System.getProperty("org.slf4j.simpleLogger.log.io.javalin.Javalin") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.io.javalin.Javalin", "off");
        }
    }

    /** Runs the lab without the rest of the command line: {@code java -cp ... io.spokes.web.cli.ServeCommand [options]}. */
    public static void main(String[] args) {
        io.spokes.io.cli.CommandLines.exit(new ServeCommand(), args);
    }
}
