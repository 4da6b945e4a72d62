package io.spokes.cli;

import io.spokes.core.study.VariantOutcome;
import io.spokes.io.AtomicOutput;
import io.spokes.io.TerminalText;
import io.spokes.io.result.TidyCsv;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The output options of the result-printing commands ({@code --format}, {@code --out}) and the
 * writing they imply: the whole text to standard output, or atomically to a file.
 */
final class Output {
    @Option(names = "--format", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (whole or not at all) instead of standard output.")
    Path out;

    /** Renders in the chosen format (only that renderer runs) and writes the result. */
    void emit(Supplier<String> json, Supplier<String> table, String scenario, List<VariantOutcome> outcomes, long seed,
              PrintWriter console) {
        String text = switch (format) {
            case json -> json.get();
            case table -> table.get();
            case csv -> csv(scenario, outcomes, seed);
        };
        if (out == null) {
            // the table's free lines (title, crisis label) come from the scenario too
            console.print(format == OutputFormat.table ? TerminalText.escapeKeepingLines(text) : text);
            console.flush();
        } else {
            AtomicOutput.write(out, w -> w.write(text));
            console.println("wrote " + out);
        }
    }

    private static String csv(String scenario, List<VariantOutcome> outcomes, long seed) {
        StringWriter w = new StringWriter();
        try {
            TidyCsv.write(w, scenario, outcomes, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
