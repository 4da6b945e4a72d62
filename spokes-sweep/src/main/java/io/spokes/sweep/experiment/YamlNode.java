package io.spokes.sweep.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import io.spokes.io.InputException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** A value of an experiment document at a known path, with typed accessors whose errors are located. */
final class YamlNode {
    private final LocatedYaml doc;
    private final JsonNode value;
    private final String path;

    YamlNode(LocatedYaml doc, JsonNode value, String path) {
        this.doc = doc;
        this.value = value;
        this.path = path;
    }

    String path() {
        return path;
    }

    InputException error(String problem) {
        return doc.error(path, problem);
    }

    InputException error(String field, String problem) {
        return doc.error(child(field), problem);
    }

    private String child(String field) {
        if (field.isEmpty()) {
            return path;
        }
        return field.startsWith("[") ? path + field : path.isEmpty() ? field : path + "." + field;
    }

    YamlNode object(Set<String> allowed, String what) {
        if (!value.isObject()) {
            throw error(what + " must be a mapping of keys to values, got " + kind());
        }
        Iterator<String> names = value.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw doc.error(child(name), "unknown key '" + name + "' in " + what + "; allowed: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return this;
    }

    boolean isObject() {
        return value.isObject();
    }

    boolean isText() {
        return value.isTextual();
    }

    boolean has(String field) {
        JsonNode v = value.get(field);
        return v != null && !v.isNull();
    }

    YamlNode get(String field) {
        JsonNode v = value.get(field);
        return new YamlNode(doc, v == null ? NullNode.instance : v, child(field));
    }

    YamlNode require(String field, String what) {
        if (!has(field)) {
            throw error(field, what + " is missing required key '" + field + "'");
        }
        return get(field);
    }

    List<String> fieldNames() {
        List<String> out = new ArrayList<>();
        value.fieldNames().forEachRemaining(out::add);
        return out;
    }

    String text() {
        if (!value.isTextual() && !value.isNumber() && !value.isBoolean()) {
            throw error("expected text, got " + kind());
        }
        return value.asText();
    }

    double number() {
        if (!value.isNumber()) {
            throw error("expected a number, got " + kind());
        }
        double d = value.asDouble();
        if (!Double.isFinite(d)) {
            throw error("expected a finite number, got " + value.asText());
        }
        return d;
    }

    long longValue() {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw error("expected a whole number, got " + kind());
        }
        return value.longValue();
    }

    /** A whole number within [min, max], with what it counts in the message. */
    int integer(int min, int max, String what) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw error("expected a whole number (" + what + "), got " + kind());
        }
        int v = value.intValue();
        if (v < min || v > max) {
            throw error(what + " must lie in [" + min + ", " + max + "], got " + v);
        }
        return v;
    }

    List<YamlNode> list(String what) {
        if (value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw error(what + " must be a list, got " + kind());
        }
        List<YamlNode> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            out.add(new YamlNode(doc, value.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private String kind() {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isTextual()) {
            return "text '" + value.asText() + "'";
        }
        return value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + value.asText();
    }
}
