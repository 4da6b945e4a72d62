package io.spokes.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Typed, validated access to the fields of a JSON request: every refusal names the field and
 * says what to fix, and unknown keys are refused so that a misspelt option is never ignored.
 */
public final class Fields {
    private final ObjectNode node;
    private final String prefix;

    public Fields(ObjectNode node, String prefix, Set<String> allowed) {
        this.node = node;
        this.prefix = prefix;
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw ApiException.badRequest(path(name), "unknown key '" + name + "'; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    public String path(String name) {
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    public boolean has(String name) {
        return node.hasNonNull(name);
    }

    public JsonNode raw(String name) {
        return node.get(name);
    }

    public String text(String name, int maxLength) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw ApiException.badRequest(path(name), "missing; give " + name);
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest(path(name), "expected text, got " + kind(v));
        }
        String s = v.textValue();
        if (s.length() > maxLength) {
            throw ApiException.badRequest(path(name), "at most " + maxLength + " characters, got " + s.length());
        }
        return s;
    }

    public String textOr(String name, int maxLength, String fallback) {
        return has(name) ? text(name, maxLength) : fallback;
    }

    /** A state id: three capital letters, as in scenario files. */
    public String stateId(String name) {
        String s = text(name, 16);
        if (!s.matches("[A-Z]{3}")) {
            throw ApiException.invalid(path(name), "a state id is three capital letters (ISO 3166-1 alpha-3, e.g. KOR), got '" + s + "'");
        }
        return s;
    }

    /** A whole number that fits a Java long (a seed); fractions, text and overflow are refused. */
    public long longOr(String name, long fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode v = node.get(name);
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw ApiException.invalid(path(name), "expected a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE + ", got " + v);
        }
        return v.longValue();
    }

    /** A finite number; NaN, infinities and text are refused. */
    public static double finite(JsonNode v, String field) {
        if (v == null || !v.isNumber()) {
            throw ApiException.invalid(field, "expected a number, got " + (v == null ? "nothing" : kind(v)));
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw ApiException.invalid(field, "expected a finite number, got " + v);
        }
        return d;
    }

    public List<String> texts(String name, int maxItems, int maxLength) {
        List<String> out = new ArrayList<>();
        if (!has(name)) {
            return out;
        }
        JsonNode v = node.get(name);
        if (!v.isArray()) {
            throw ApiException.badRequest(path(name), "expected a list, got " + kind(v));
        }
        Limits.count(path(name), v.size(), maxItems);
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual() || item.textValue().length() > maxLength) {
                throw ApiException.badRequest(path(name) + "[" + i + "]", "expected text of at most " + maxLength + " characters, got " + kind(item));
            }
            out.add(item.textValue());
        }
        return out;
    }

    public ObjectNode objectOrEmpty(String name) {
        if (!has(name)) {
            return Json.object();
        }
        JsonNode v = node.get(name);
        if (!v.isObject()) {
            throw ApiException.badRequest(path(name), "expected an object, got " + kind(v));
        }
        return (ObjectNode) v;
    }

    public static String kind(JsonNode v) {
        if (v.isTextual()) {
            String t = v.textValue();
            return "text '" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "'";
        }
        return v.isNumber() ? "the number " + v : v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
