package io.spokes.io.located;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.spokes.core.domain.FieldException;
import io.spokes.io.InputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A value of a located document at a known path, with typed accessors whose errors name the
 * file, line, column and field and say what was expected.
 *
 * <p>A key left out and a key given an explicit null ({@code key: ~} or {@code key:} with no
 * value) are different: {@link #has} is false only for the first, and every accessor refuses a
 * null, so that {@code nuclear: ~} is an error rather than a silent default. No key of the
 * scenario or experiment format gives null a meaning.
 */
public final class LocatedNode {
    private final LocatedDocument tree;
    private final JsonNode value;
    private final String path;
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    LocatedNode(LocatedDocument tree, JsonNode value, String path) {
        this.tree = tree;
        this.value = value;
        this.path = path;
    }

    public String path() {
        return path;
    }

    public InputException error(String problem) {
        return tree.error(path, problem);
    }

    public InputException error(String field, String problem) {
        return tree.error(child(field), problem);
    }

    private String child(String field) {
        if (field.isEmpty()) {
            return path;
        }
        if (field.startsWith("[")) {
            return path + field;
        }
        return path.isEmpty() ? field : path + "." + field;
    }

    /** Requires a mapping whose keys are all among {@code allowed}. */
    public LocatedNode object(Set<String> allowed, String what) {
        if (!value.isObject()) {
            throw wrong(what + " must be a mapping of keys to values");
        }
        Iterator<String> names = value.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw tree.error(child(name), "unknown key " + FieldException.quote(name) + " in " + what + "; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        return this;
    }

    /** Whether the key is written, even with a null value (which every accessor then refuses). */
    public boolean has(String field) {
        return value.get(field) != null;
    }

    /** The value of a key; a key left out gives a node that {@link #list} reads as empty. */
    public LocatedNode get(String field) {
        JsonNode v = value.get(field);
        return new LocatedNode(tree, v == null ? MissingNode.getInstance() : v, child(field));
    }

    public LocatedNode require(String field, String what) {
        if (!has(field)) {
            throw error(field, what + " is missing required key '" + field + "'");
        }
        if (value.get(field).isNull()) {
            throw error(field, what + " needs a value for required key '" + field + "', got null (an empty value or ~)");
        }
        return get(field);
    }

    public String text() {
        if (!value.isTextual() && !value.isNumber() && !value.isBoolean()) {
            throw wrong("expected text");
        }
        return value.asText();
    }

    public String textOr(String field, String fallback) {
        return has(field) ? get(field).text() : fallback;
    }

    public double number() {
        if (!value.isNumber()) {
            throw wrong("expected a number");
        }
        double d = value.asDouble();
        if (!Double.isFinite(d)) {
            throw error("expected a finite number, got " + value.asText());
        }
        return d;
    }

    public int integer() {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrong("expected a whole number");
        }
        return value.intValue();
    }

    public boolean bool() {
        if (!value.isBoolean()) {
            throw wrong("expected true or false");
        }
        return value.booleanValue();
    }

    public boolean boolOr(String field, boolean fallback) {
        return has(field) ? get(field).bool() : fallback;
    }

    /** A date written YYYY-MM-DD (four-digit year, as the schema's pattern), so years lie in 0000-9999. */
    public LocalDate date() {
        String s = text();
        try {
            if (!DATE.matcher(s).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", s, 0);
            }
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw error("expected a date as YYYY-MM-DD, got " + FieldException.quote(s));
        }
    }

    /** A list; a key left out is an empty list, an explicit null is an error. */
    public List<LocatedNode> list(String what) {
        if (value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrong(what + " must be a list");
        }
        List<LocatedNode> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            out.add(new LocatedNode(tree, value.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    /**
     * A list the format calls a set: an item equal to an earlier one is an error at the repeat
     * ("obligations: [consultation, consultation]"), never merged silently.
     */
    public List<LocatedNode> set(String what) {
        List<LocatedNode> items = list(what);
        Map<JsonNode, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Integer first = seen.putIfAbsent(items.get(i).value, i);
            if (first != null) {
                throw items.get(i).error(quoteValue(items.get(i).value) + " is listed twice in " + what + " (also at ["
                        + first + "]); list each once");
            }
        }
        return items;
    }

    public List<String> fieldNames() {
        List<String> out = new ArrayList<>();
        value.fieldNames().forEachRemaining(out::add);
        return out;
    }

    public boolean isObject() {
        return value.isObject();
    }

    public boolean isText() {
        return value.isTextual();
    }

    public long longValue() {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrong("expected a whole number");
        }
        return value.longValue();
    }

    /** A whole number within [min, max], with what it counts in the message. */
    public int integer(int min, int max, String what) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw wrong("expected a whole number (" + what + ")");
        }
        int v = value.intValue();
        if (v < min || v > max) {
            throw error(what + " must lie in [" + min + ", " + max + "], got " + v);
        }
        return v;
    }

    /** A wrong kind of value: "expected X, got Y", and how to fix an explicit null. */
    private InputException wrong(String expected) {
        if (value.isNull()) {
            return error(expected + ", got null (an empty value or ~); write a value, or leave the key out for its default");
        }
        return error(expected + ", got " + kind(value));
    }

    private static String quoteValue(JsonNode v) {
        return v.isTextual() ? FieldException.quote(v.asText()) : kind(v);
    }

    private static String kind(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isObject()) {
            return "a mapping";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isTextual()) {
            return "text " + FieldException.quote(v.asText());
        }
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + FieldException.quote(v.asText()).replace("'", "");
    }
}
