package io.spokes.data.cli;

import io.spokes.data.source.Citation;
import io.spokes.data.source.Dataset;
import io.spokes.data.source.Datasets;
import io.spokes.io.InputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code spokes data cite}: every dataset's name, version and citation, as text and BibTeX. */
@Command(name = "cite", mixinStandardHelpOptions = true,
        description = "Print the name, version, files and citations of every dataset Spokes reads, as text and as BibTeX.")
public final class CiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "both", description = "text, bibtex or both (default).")
    String format;

    @Parameters(arity = "0..*", paramLabel = "DATASET", description = "Only these datasets (e.g. ATOP NMC); default all.")
    List<String> only = new ArrayList<>();

    @Override
    public Integer call() {
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "bibtex", "both").contains(f)) {
            throw new InputException("--format", 0, 0, "", "unknown format '" + format + "'; use text, bibtex or both");
        }
        List<Dataset> chosen = chosen();
        PrintWriter out = spec.commandLine().getOut();
        if (!f.equals("bibtex")) {
            for (Dataset d : chosen) {
                out.printf("%s %s: %s (%s)%n", d.name(), d.version(), d.title(), d.coverage());
                out.printf("  files: %s%n  source: %s%n", String.join(", ", d.files()), d.origin());
                for (Citation c : d.citations()) {
                    out.printf("  cite: %s%n", c.text());
                }
                out.println();
            }
        }
        if (!f.equals("text")) {
            Map<String, Citation> unique = new LinkedHashMap<>();
            chosen.forEach(d -> d.citations().forEach(c -> unique.putIfAbsent(c.key(), c)));
            for (Citation c : unique.values()) {
                out.println(c.bibtex());
                out.println();
            }
        }
        out.flush();
        return 0;
    }

    private List<Dataset> chosen() {
        if (only.isEmpty()) {
            return Datasets.ALL;
        }
        List<Dataset> out = new ArrayList<>();
        for (String name : only) {
            List<Dataset> match = Datasets.ALL.stream().filter(d -> d.name().equalsIgnoreCase(name)).toList();
            if (match.isEmpty()) {
                List<String> names = Datasets.ALL.stream().map(Dataset::name).distinct().toList();
                throw new InputException(name, 0, 0, "", "unknown dataset; use one of " + String.join(", ", names));
            }
            out.addAll(match);
        }
        return out;
    }
}
