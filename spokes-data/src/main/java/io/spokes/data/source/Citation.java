package io.spokes.data.source;

/**
 * One work to cite, as plain text and as a BibTeX entry.
 *
 * @param key    BibTeX key, unique among Spokes' citations (e.g. {@code leeds2002atop})
 * @param text   the reference as a reader would type it
 * @param bibtex the full BibTeX entry, starting with {@code @}
 */
public record Citation(String key, String text, String bibtex) {
    public Citation {
        if (key == null || !key.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("citation key must be lower-case letters, digits or '_', got '" + key + "'");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("citation '" + key + "' needs its reference text");
        }
        if (bibtex == null || !bibtex.startsWith("@") || !bibtex.contains("{" + key + ",")) {
            throw new IllegalArgumentException("citation '" + key + "' needs a BibTeX entry that starts with '@' and uses the key '" + key + "'");
        }
    }
}
