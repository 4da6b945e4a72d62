package io.spokes.data.source;

import java.util.List;

/**
 * A dataset Spokes reads: what it is, which version, which files, and what to cite.
 *
 * @param name      short name used on the command line and in outputs (e.g. {@code ATOP})
 * @param title     full title
 * @param version   the release the readers are written for (e.g. {@code 5.1})
 * @param coverage  years the data cover, as the source states them
 * @param files     the raw files, as named in data/README.md
 * @param origin    where the copies come from (processed or original)
 * @param citations works to cite, article of record first
 */
public record Dataset(String name, String title, String version, String coverage, List<String> files, String origin,
                      List<Citation> citations) {
    public Dataset {
        if (name == null || name.isBlank() || title == null || title.isBlank()) {
            throw new IllegalArgumentException("a dataset needs a short name and a title");
        }
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("dataset " + name + " needs the version its readers are written for");
        }
        files = List.copyOf(files);
        citations = List.copyOf(citations);
        if (files.isEmpty() || citations.isEmpty()) {
            throw new IllegalArgumentException("dataset " + name + " needs at least one file and one citation");
        }
    }

    /** "ATOP 5.1" */
    public String label() {
        return name + " " + version;
    }
}
