package io.spokes.bench.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A documentation file whose numbers and tables the code computes. The tests compare them; with
 * {@code -Dspokes.golden.update=true} (the golden-file convention of spokes-cli) they rewrite them
 * instead, which is what {@code bench/regenerate-docs.sh} runs. Review the diff before committing.
 */
final class Doc {
    /** The repository root: the tests run in the bench module's folder. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    static final String REGENERATE = "bench/regenerate-docs.sh";

    private final Path file;
    private final String name;
    private final String original;
    private String text;

    private Doc(String name) throws IOException {
        this.name = name;
        this.file = ROOT.resolve(name);
        this.original = Files.readString(file, StandardCharsets.UTF_8);
        this.text = original;
    }

    static Doc read(String name) throws IOException {
        return new Doc(name);
    }

    static boolean updating() {
        return Boolean.getBoolean("spokes.golden.update");
    }

    String text() {
        return text;
    }

    /**
     * The part of the file from the line after {@code heading} to the end of the file: it must be
     * {@code generated} (a table section the code prints whole).
     */
    Doc tail(String heading, String generated) {
        int at = text.indexOf("\n" + heading + "\n");
        assertThat(at).as("%s has no line '%s'", name, heading).isNotNegative();
        int from = at + heading.length() + 2;
        String body = "\n" + generated.stripTrailing() + "\n";
        if (updating()) {
            text = text.substring(0, from) + body;
            return this;
        }
        String[] e = text.substring(from).split("\n", -1);
        String[] a = body.split("\n", -1);
        for (int i = 0; i < Math.min(e.length, a.length); i++) {
            assertThat(e[i]).as("%s, section '%s', line %d differs from what the code computes now; run %s", name, heading, i + 1, REGENERATE)
                    .isEqualTo(a[i]);
        }
        assertThat(e.length).as("%s, section '%s': number of lines; run %s", name, heading, REGENERATE).isEqualTo(a.length);
        return this;
    }

    /**
     * A sentence of the file, as a regular expression whose groups are figures: each group must
     * read {@code values[i]}. Whitespace in the pattern matches any run of spaces and line breaks.
     */
    Doc figures(String sentence, String... values) {
        Pattern p = Pattern.compile(sentence.replace(" ", "\\s+"));
        Matcher m = p.matcher(text);
        assertThat(m.find()).as("%s no longer says /%s/: change the test with the text", name, sentence).isTrue();
        assertThat(m.groupCount()).as("figures in /%s/", sentence).isEqualTo(values.length);
        if (updating()) {
            StringBuilder b = new StringBuilder(text.substring(0, m.start()));
            int last = m.start();
            for (int g = 1; g <= values.length; g++) {
                b.append(text, last, m.start(g)).append(values[g - 1]);
                last = m.end(g);
            }
            text = b.append(text.substring(last)).toString();
            return this;
        }
        for (int g = 1; g <= values.length; g++) {
            assertThat(m.group(g)).as("%s says '%s', figure %d of /%s/, but the code computes %s; run %s",
                    name, m.group(), g, sentence, values[g - 1], REGENERATE).isEqualTo(values[g - 1]);
        }
        return this;
    }

    /** Writes the file back when updating and something changed. */
    void save() throws IOException {
        if (updating() && !text.equals(original)) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }
}
