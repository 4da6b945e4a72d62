package io.spokes.io.result;

import io.spokes.io.TerminalText;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain fixed-width text table for terminals. A column is right-aligned when every cell below its
 * header is a number (or "-", or empty), so digits line up; text columns are left-aligned, and no
 * line ends in padding. Cells are printed through {@link TerminalText#escape}: a name holding a
 * control character (an escape sequence, a tab, a line break) shows it escaped, so it can neither
 * drive the terminal nor break the columns.
 */
public final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    public TextTable(List<String> header) {
        this.header = header.stream().map(TerminalText::escape).toList();
    }

    public TextTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header " + header.size());
        }
        rows.add(cells.stream().map(TerminalText::escape).toList());
        return this;
    }

    public static String number(double v) {
        return Double.isFinite(v) ? String.format(java.util.Locale.ROOT, "%.4f", v) : "-";
    }

    public String render() {
        int[] width = new int[header.size()];
        boolean[] right = new boolean[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
            right[i] = !rows.isEmpty();
            for (List<String> r : rows) {
                width[i] = Math.max(width[i], r.get(i).length());
                right[i] &= NUMBER.matcher(r.get(i)).matches();
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, header, width, right);
        for (int i = 0; i < width.length; i++) {
            b.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        b.append('\n');
        rows.forEach(r -> line(b, r, width, right));
        return b.toString();
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9][0-9,.]*(e-?[0-9]+)?%?|-|");

    private static void line(StringBuilder b, List<String> cells, int[] width, boolean[] right) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            l.append(i == 0 ? "" : "  ").append(right[i] ? pad + c : c + pad);
        }
        int end = l.length();
        while (end > 0 && l.charAt(end - 1) == ' ') {
            end--;
        }
        b.append(l, 0, end).append('\n');
    }
}
