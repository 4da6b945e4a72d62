package io.spokes.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Scenario;
import io.spokes.io.InputException;
import io.spokes.io.scenario.ScenarioReader;
import io.spokes.web.ApiException;
import io.spokes.web.Fields;
import io.spokes.web.Json;
import io.spokes.web.Limits;
import io.spokes.web.ScenarioLibrary;

import java.util.Locale;
import java.util.Map;

/**
 * Where a request's scenario comes from: a bundled file by name ({@code "scenario": "korea-2023"}),
 * an edited document in the scenario format as JSON ({@code "document": {...}}), or YAML text
 * ({@code "yaml": "...", "file": "mine.yaml"}). Every one is read by the CLI's reader, so the
 * messages are the CLI's.
 */
public final class ScenarioSource {
    /** The keys a request may use to give its scenario. */
    public static final java.util.Set<String> KEYS = java.util.Set.of("scenario", "document", "yaml", "file");
    private static final ObjectMapper YAML_TREE = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Integer> LIST_LIMITS = Map.of("states", Limits.MAX_STATES, "treaties", Limits.MAX_TREATIES,
            "rivalries", Limits.MAX_RIVALRIES, "affinities", Limits.MAX_AFFINITIES, "crises", Limits.MAX_CRISES,
            "amendments", Limits.MAX_AMENDMENTS);

    /** A scenario and how the request named it. */
    public record Resolved(Scenario scenario, String bundled) {
        public boolean isBundled() {
            return bundled != null;
        }
    }

    private final ScenarioLibrary library;

    public ScenarioSource(ScenarioLibrary library) {
        this.library = library;
    }

    public Resolved resolve(Fields f) {
        int given = (f.has("scenario") ? 1 : 0) + (f.has("document") ? 1 : 0) + (f.has("yaml") ? 1 : 0);
        if (given != 1) {
            throw ApiException.badRequest("scenario", "give exactly one of scenario (a bundled name), document (a scenario as JSON) or yaml (scenario text)");
        }
        if (f.has("scenario")) {
            String name = f.text("scenario", 200);
            return new Resolved(library.get(name), name);
        }
        if (f.has("document")) {
            JsonNode doc = f.raw("document");
            if (!doc.isObject()) {
                throw ApiException.badRequest("document", "expected the scenario as a JSON object, got " + Fields.kind(doc));
            }
            return new Resolved(fromDocument(doc), null);
        }
        String file = f.textOr("file", 200, "uploaded.yaml").replaceAll("[^A-Za-z0-9._ -]", "_");
        return new Resolved(fromYaml(file, f.text("yaml", Limits.MAX_BODY_BYTES)), null);
    }

    /**
     * An edited document. Its field paths are the file's ({@code treaties[0].members[1].state}); a
     * line number would point into text the user never saw, so the error carries the field only.
     */
    public static Scenario fromDocument(JsonNode doc) {
        precheck(doc);
        try {
            return Limits.check(ScenarioReader.read("edited scenario", Json.write(doc), true));
        } catch (InputException e) {
            throw ApiException.invalid(e.field(), e.problem());
        } catch (FieldException e) {
            throw ApiException.of(e, "");
        }
    }

    public static Scenario fromYaml(String file, String text) {
        boolean json = file.toLowerCase(Locale.ROOT).endsWith(".json");
        try {
            precheck(json ? Json.MAPPER.readTree(text) : YAML_TREE.readTree(text));
        } catch (java.io.IOException | RuntimeException e) {
            if (e instanceof ApiException a) {
                throw a;
            }
            // Malformed text: the reader below reports it with its line and column.
        }
        try {
            return Limits.check(ScenarioReader.read(file, text, json));
        } catch (InputException e) {
            throw ApiException.of(e);
        } catch (FieldException e) {
            throw ApiException.of(e, "");
        }
    }

    /** Refuses an oversized list before the reader and the network do any work on it. */
    private static void precheck(JsonNode doc) {
        if (doc == null || !doc.isObject()) {
            return;
        }
        LIST_LIMITS.forEach((key, max) -> {
            JsonNode list = doc.get(key);
            if (list != null && list.isArray()) {
                Limits.count(key, list.size(), max);
            }
        });
    }
}
