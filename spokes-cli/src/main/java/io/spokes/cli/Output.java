package io.spokes.cli;

import io.spokes.core.study.VariantOutcome;
import io.spokes.io.AtomicOutput;
import io.spokes.io.result.TidyCsv;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** Sends a command's whole output to standard output, or atomically to {@code --out FILE}. */
final class Output {
    private Output() {
    }

    static void emit(String text, Path file, PrintWriter out) {
        if (file == null) {
            out.print(text);
            out.flush();
        } else {
            AtomicOutput.write(file, w -> w.write(text));
            out.println("wrote " + file);
        }
    }

    /** The text of a result in the chosen format; only the chosen renderer runs. */
    static String render(OutputFormat format, Supplier<String> json, Supplier<String> table,
                         String scenario, List<VariantOutcome> outcomes, long seed) {
        return switch (format) {
            case json -> json.get();
            case table -> table.get();
            case csv -> {
                StringWriter w = new StringWriter();
                try {
                    TidyCsv.write(w, scenario, outcomes, seed);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                yield w.toString();
            }
        };
    }
}
