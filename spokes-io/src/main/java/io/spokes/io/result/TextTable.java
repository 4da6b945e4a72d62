package io.spokes.io.result;

import io.spokes.io.TerminalText;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain fixed-width text table for terminals. A column is right-aligned when every cell below its
 * header is a number (or "-", or empty), so digits line up; text columns are left-aligned, and no
 * line ends in padding. Cells are printed through {@link TerminalText#escape}: a name holding a
 * control character (an escape sequence, a tab, a line break) shows it escaped, so it can neither
 * drive the terminal nor break the columns. {@link #wrapLastColumn} keeps a long text last column
 * (a treaty's members) within a terminal's width, so the separator is as wide as the table's lines.
 */
public final class TextTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private int maxWidth = Integer.MAX_VALUE;

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

    /**
     * Wraps a text last column at spaces onto continuation lines so that no line is wider than
     * {@code maxWidth}, the separator included. The column keeps at least its header's width, and a
     * word longer than the room stays whole, so a line exceeds {@code maxWidth} only then.
     */
    public TextTable wrapLastColumn(int maxWidth) {
        if (maxWidth < 1) {
            throw new IllegalArgumentException("maxWidth must be at least 1, got " + maxWidth);
        }
        this.maxWidth = maxWidth;
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
        int last = width.length - 1;
        int before = 0;
        for (int i = 0; i < last; i++) {
            before += width[i] + 2;
        }
        boolean wrap = !right[last] && before + width[last] > maxWidth;
        if (wrap) {
            // the widest piece the wrapped column actually holds, so the separator ends where the lines do
            int room = Math.max(header.get(last).length(), maxWidth - before);
            width[last] = header.get(last).length();
            for (List<String> r : rows) {
                for (String piece : pieces(r.get(last), room)) {
                    width[last] = Math.max(width[last], piece.length());
                }
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, header, width, right);
        for (int i = 0; i < width.length; i++) {
            b.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        b.append('\n');
        for (List<String> r : rows) {
            if (!wrap) {
                line(b, r, width, right);
                continue;
            }
            List<String> pieces = pieces(r.get(last), width[last]);
            List<String> cells = new ArrayList<>(r);
            for (int k = 0; k < pieces.size(); k++) {
                cells.set(last, pieces.get(k));
                line(b, cells, width, right);
                if (k == 0) {
                    java.util.Collections.fill(cells, "");
                }
            }
        }
        return b.toString();
    }

    /** {@code text} cut at spaces into pieces of at most {@code room} characters (a longer word stays whole). */
    private static List<String> pieces(String text, int room) {
        List<String> out = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (piece.length() > 0 && piece.length() + 1 + word.length() > room) {
                out.add(piece.toString());
                piece.setLength(0);
            }
            if (piece.length() > 0) {
                piece.append(' ');
            }
            piece.append(word);
        }
        out.add(piece.toString());
        return out;
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
