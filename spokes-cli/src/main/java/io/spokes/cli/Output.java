package io.spokes.cli;

import io.spokes.io.AtomicOutput;

import java.io.PrintWriter;
import java.nio.file.Path;

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
}
