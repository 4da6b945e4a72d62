package io.spokes.io.result;

import java.util.ArrayList;
import java.util.List;

/** A plain fixed-width text table for terminals: first column left-aligned, the others right-aligned. */
public final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<String> header) {
        this.header = List.copyOf(header);
    }

    public TextTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header " + header.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    public static String number(double v) {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.4f", v) : "-";
    }

    public String render() {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, header, width);
        for (int i = 0; i < width.length; i++) {
            b.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        b.append('\n');
        rows.forEach(r -> line(b, r, width));
        return b.toString();
    }

    private static void line(StringBuilder b, List<String> cells, int[] width) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            b.append(i == 0 ? "" : "  ").append(i == 0 ? c + pad : pad + c);
        }
        b.append('\n');
    }
}
