package io.spokes.io.scenario;

import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Scenario;
import io.spokes.io.InputException;
import io.spokes.io.located.LocatedDocument;
import io.spokes.io.located.LocatedNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario and the file it was read from. A domain error found after reading, while solving or
 * reporting ({@code hub: scenario 'many' has no defense ties…}), is still the file's fault:
 * {@link #solving} turns it into an {@link InputException} naming the file, and the line and column
 * of its field when the file has that field ({@code many.yaml:4:6: hub: …}); a field the file
 * leaves out ({@code hub} when none is named) gets the file and field without a position.
 */
public record ScenarioFile(Path path, Scenario scenario) {
    private static final Pattern STEP = Pattern.compile("([^.\\[]+)|\\[(\\d+)\\]");

    /** Reads {@code path} with {@link ScenarioReader#read(Path)}. */
    public static ScenarioFile read(Path path) {
        return new ScenarioFile(path, ScenarioReader.read(path));
    }

    /** Runs {@code work} (on this scenario or a variant of it); its domain errors name this file. */
    public <T> T solving(Supplier<T> work) {
        try {
            return work.get();
        } catch (FieldException e) {
            throw error(e);
        }
    }

    /** {@code e} located in this file. */
    public InputException error(FieldException e) {
        String file = path.toString();
        if (e.field().isEmpty()) {
            return new InputException(file, 0, 0, "", e.getMessage());
        }
        LocatedNode node = find(e.field());
        return node != null ? node.error(e.getMessage()) : new InputException(file, 0, 0, e.field(), e.getMessage());
    }

    /** The node at {@code field} (e.g. {@code treaties[2].members[0].state}) if the file has it, else null. */
    private LocatedNode find(String field) {
        try {
            String file = path.toString();
            String text = Files.readString(path, StandardCharsets.UTF_8);
            LocatedNode node = LocatedDocument.parse(file, text, file.toLowerCase(Locale.ROOT).endsWith(".json"), "").root();
            Matcher m = STEP.matcher(field);
            int at = 0;
            while (at < field.length()) {
                if (field.charAt(at) == '.') {
                    at++;
                }
                if (!m.find(at) || m.start() != at) {
                    return null;
                }
                if (m.group(1) != null) {
                    if (!node.isObject() || !node.has(m.group(1))) {
                        return null;
                    }
                    node = node.get(m.group(1));
                } else {
                    List<LocatedNode> items = node.list("");
                    int i = Integer.parseInt(m.group(2));
                    if (i >= items.size()) {
                        return null;
                    }
                    node = items.get(i);
                }
                at = m.end();
            }
            return node;
        } catch (IOException | InputException | NumberFormatException e) {
            return null; // the file changed or cannot be read again: name it without a position
        }
    }
}
