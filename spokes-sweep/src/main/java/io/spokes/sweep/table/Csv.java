package io.spokes.sweep.table;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 fields: quoting for writers, and a streaming reader of records (quoted line breaks included). */
public final class Csv {
    private Csv() {
    }

    /** The field as written in a table: quoted when it holds a comma, a quote or a line break; null as NA. */
    public static String field(String s) {
        if (s == null) {
            return "NA";
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** A number as written in a table: shortest round-trip text, NA when not finite. */
    public static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "NA";
    }

    /** Reads one record at a time, never the whole table. */
    public static final class Reader {
        private final java.io.Reader in;
        private int peeked = -2;

        public Reader(java.io.Reader in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (peeked != -2) {
                int c = peeked;
                peeked = -2;
                return c;
            }
            return in.read();
        }

        /** The next record's fields, or null at the end. */
        public List<String> next() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new IOException("a quoted field is not closed before the end of the file");
                    }
                    if (c == '"') {
                        int d = read();
                        if (d != '"') {
                            quoted = false;
                            c = d;
                            continue;
                        }
                    }
                    f.append((char) c);
                } else if (c == '"' && f.length() == 0) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(f.toString());
                    f.setLength(0);
                } else if (c == '\n' || c == -1) {
                    fields.add(f.toString());
                    return fields;
                } else if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        peeked = d;
                    }
                    fields.add(f.toString());
                    return fields;
                } else {
                    f.append((char) c);
                }
                c = read();
            }
        }
    }
}
