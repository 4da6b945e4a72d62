package io.spokes.web;

import io.spokes.core.domain.Scenario;
import io.spokes.io.InputException;
import io.spokes.io.located.InputText;
import io.spokes.io.scenario.ScenarioReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The bundled scenarios: the YAML and JSON files directly inside one folder, each read once and
 * read again when the file changes. Scenarios are found by name among the listed files, never by
 * joining a requested name to the folder, so no request can reach another file.
 */
public final class ScenarioLibrary {
    /** A scenario file: its name (the file name without extension) and the scenario, or why it is invalid. */
    public record Entry(String name, Path file, Scenario scenario, String error) {
        public boolean valid() {
            return scenario != null;
        }
    }

    private record Cached(long modified, long size, Entry entry) {
    }

    private final Path directory;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    public ScenarioLibrary(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /** Every scenario file in the folder, by name; an empty list when the folder does not exist. */
    public List<Entry> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.sorted(Comparator.comparing(Path::toString)).toList()) {
                String stem = stem(f.getFileName().toString());
                if (stem != null && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    out.add(load(stem, f));
                }
            }
        } catch (IOException e) {
            throw new ApiException(500, "", "cannot list the scenarios folder " + directory + ": " + e.getMessage());
        }
        return out;
    }

    /** The bundled scenario of this name, or 404 naming those available; 422 if its file is invalid. */
    public Scenario get(String name) {
        for (Entry e : list()) {
            if (e.name().equals(name)) {
                if (!e.valid()) {
                    throw ApiException.invalid("scenario", e.error());
                }
                return e.scenario();
            }
        }
        throw ApiException.notFound("scenario", "no bundled scenario '" + shorten(name) + "' in " + directory
                + "; available: " + String.join(", ", list().stream().map(Entry::name).toList()));
    }

    private Entry load(String stem, Path f) {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            long modified = a.lastModifiedTime().toMillis();
            Cached c = cache.get(f);
            if (c != null && c.modified == modified && c.size == a.size()) {
                return c.entry;
            }
            Entry e = read(stem, f, a.size());
            cache.put(f, new Cached(modified, a.size(), e));
            return e;
        } catch (IOException e) {
            return new Entry(stem, f, null, f.getFileName() + ": cannot read: " + e.getMessage());
        }
    }

    private static Entry read(String stem, Path f, long size) {
        if (size > Limits.MAX_BODY_BYTES) {
            return new Entry(stem, f, null, f.getFileName() + ": larger than the lab's 1 MiB limit; use the command line");
        }
        try {
            // Errors name the file as it sits in the folder, not the server's absolute path. The
            // shared guarded read bounds the read itself (the file may grow after the size check)
            // and locates a bad UTF-8 byte.
            String name = f.getFileName().toString();
            String text = InputText.read(f, name, "scenario", Limits.MAX_BODY_BYTES);
            Scenario s = ScenarioReader.read(name, text, f.toString().toLowerCase(Locale.ROOT).endsWith(".json"));
            Limits.check(s);
            return new Entry(stem, f, s, null);
        } catch (InputException e) {
            return new Entry(stem, f, null, e.getMessage());
        } catch (ApiException e) {
            return new Entry(stem, f, null, f.getFileName() + ": " + e.getMessage());
        }
    }

    /** The name of a scenario file, or null for any other file. */
    static String stem(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String ext : List.of(".yaml", ".yml", ".json")) {
            if (lower.endsWith(ext)) {
                String stem = fileName.substring(0, fileName.length() - ext.length());
                return stem.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}") ? stem : null;
            }
        }
        return null;
    }

    /** An echoed input cut short, so an error message never repeats a huge value. */
    public static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
