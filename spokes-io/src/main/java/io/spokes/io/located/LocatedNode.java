package io.spokes.io.located;

import com.fasterxml.jackson.databind.JsonNode;

import io.spokes.io.InputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A value of a located document at a known path, with typed accessors whose errors name the
 * file, line, column and field and say what was expected.
 */
public final class LocatedNode {
    private final LocatedDocument tree;
    private final JsonNode value;
    private final String path;

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
            throw error(what + " must be a mapping of keys to values, got " + kind(value));
        }
        Iterator<String> names = value.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw tree.error(child(name), "unknown key '" + name + "' in " + what + "; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        return this;
    }

    public boolean has(String field) {
        JsonNode v = value.get(field);
        return v != null && !v.isNull();
    }

    public LocatedNode get(String field) {
        JsonNode v = value.get(field);
        return new LocatedNode(tree, v == null ? com.fasterxml.jackson.databind.node.NullNode.instance : v, child(field));
    }

    public LocatedNode require(String field, String what) {
        if (!has(field)) {
            throw error(field, what + " is missing required key '" + field + "'");
        }
        return get(field);
    }

    public String text() {
        if (!value.isTextual() && !value.isNumber() && !value.isBoolean()) {
            throw error("expected text, got " + kind(value));
        }
        return value.asText();
    }

    public String textOr(String field, String fallback) {
        return has(field) ? get(field).text() : fallback;
    }

    public double number() {
        if (!value.isNumber()) {
            throw error("expected a number, got " + kind(value));
        }
        double d = value.asDouble();
        if (!Double.isFinite(d)) {
            throw error("expected a finite number, got " + value.asText());
        }
        return d;
    }

    public int integer() {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw error("expected a whole number, got " + kind(value));
        }
        return value.intValue();
    }

    public boolean bool() {
        if (!value.isBoolean()) {
            throw error("expected true or false, got " + kind(value));
        }
        return value.booleanValue();
    }

    public boolean boolOr(String field, boolean fallback) {
        return has(field) ? get(field).bool() : fallback;
    }

    public LocalDate date() {
        String s = text();
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw error("expected a date as YYYY-MM-DD, got '" + s + "'");
        }
    }

    public List<LocatedNode> list(String what) {
        if (value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(what + " must be a list, got " + kind(value));
        }
        List<LocatedNode> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            out.add(new LocatedNode(tree, value.get(i), path + "[" + i + "]"));
        }
        return out;
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
            throw error("expected a whole number, got " + kind(value));
        }
        return value.longValue();
    }

    /** A whole number within [min, max], with what it counts in the message. */
    public int integer(int min, int max, String what) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw error("expected a whole number (" + what + "), got " + kind(value));
        }
        int v = value.intValue();
        if (v < min || v > max) {
            throw error(what + " must lie in [" + min + ", " + max + "], got " + v);
        }
        return v;
    }

    private static String kind(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isObject()) {
            return "a mapping";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isTextual()) {
            return "text '" + v.asText() + "'";
        }
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + v.asText();
    }
}
