package io.spokes.cli.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Escaping and number formatting for the report. Every method returns HTML that can be inserted
 * as is. Output is pure ASCII (other characters become numeric references), so the page reads the
 * same whatever encoding the file is written or served with.
 */
final class Html {
    /** Shown for NaN and for measures that do not apply (an en dash). */
    static final String DASH = "&#8211;";
    /** A right arrow, for directed ties. */
    static final String ARROW = "&#8594;";
    /** A zero with a minus sign, e.g. "-0.000" (compiled once: the network picture formats every tie's coordinates). */
    private static final Pattern NEGATIVE_ZERO = Pattern.compile("-0\\.?0*");

    private Html() {
    }

    /** Escapes text for element content and for quoted attribute values (HTML and inline SVG). */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c > 126) {
                        b.append("&#").append(c).append(';');
                    } else if (c < 32 && c != '\n' && c != '\t') {
                        // Control characters are not allowed in HTML text; a space keeps words apart.
                        b.append(' ');
                    } else {
                        b.append((char) c);
                    }
                }
            }
        });
        return b.toString();
    }

    /** A probability or other measure to 3 decimals; the dash for NaN or infinity. */
    static String num(double v) {
        return fixed(v, 3);
    }

    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return DASH;
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        // A tiny negative rounding residue (e.g. entrapment -1e-12) must not print as "-0.000".
        return s.startsWith("-0") && NEGATIVE_ZERO.matcher(s).matches() ? s.substring(1) : s;
    }

    /**
     * A capability-sized number to 4 significant digits: CINC scores are small shares (0.0065),
     * which a fixed 3 decimals would flatten to 0.006 or 0.000.
     */
    static String sig(double v) {
        if (!Double.isFinite(v)) {
            return DASH;
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** A parameter value as the user would type it: 0.15, 5000, 1e-10. */
    static String plain(double v) {
        if (!Double.isFinite(v)) {
            return DASH;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toString().toLowerCase(Locale.ROOT).replace("e+", "e");
    }

    static String yesNo(boolean b) {
        return b ? "yes" : "no";
    }

    /** A coordinate for SVG, to one decimal so that output is stable and compact. */
    static String coord(double v) {
        return fixed(v, 1);
    }
}
