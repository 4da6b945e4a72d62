package io.spokes.io.located;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import io.spokes.core.domain.FieldException;
import io.spokes.io.InputException;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML or JSON document read into a tree that remembers where every value stood, so that an
 * error found later, while building domain objects, can name its line and column. Paths look like
 * {@code treaties[0].members[1].state}. Scenario and experiment readers share it.
 */
public final class LocatedDocument {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final JsonNode root;
    private final Map<String, int[]> locations;

    private LocatedDocument(String file, JsonNode root, Map<String, int[]> locations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
    }

    /**
     * Parses {@code text}; {@code file} names it in errors and {@code needs} says what an empty
     * document lacks (e.g. "a scenario needs at least name, year and states").
     */
    public static LocatedDocument parse(String file, String text, boolean json, String needs) {
        JsonFactory factory = json ? JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .errorReportConfiguration(QUOTES).build()
                // "key:" with nothing after it is YAML's null, as "key: ~" is; both are refused alike
                : YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                        .errorReportConfiguration(QUOTES).build();
        Map<String, int[]> locations = new HashMap<>();
        JsonParser parser = null;
        try (JsonParser p = factory.createParser(text)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new InputException(file, 1, 1, "", "the file is empty; " + needs);
            }
            JsonNode root = read(file, p, "", 1, locations);
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new InputException(file, l.getLineNr(), l.getColumnNr(), "", "more than one document in the file; keep one per file");
            }
            return new LocatedDocument(file, root, locations);
        } catch (JsonProcessingException e) {
            throw malformed(file, json, e, parser);
        } catch (IOException e) {
            throw new InputException(file, 0, 0, "", "cannot parse: " + e.getMessage());
        }
    }

    /**
     * Deepest nesting of mappings and lists. Scenarios nest seven levels (the root, amendments, an
     * amendment, its added treaty, members, a member, its obligations), experiments fewer; the check stops a pathological file with a located error
     * long before the parser's own limit (1000, which reports no place).
     */
    static final int MAX_DEPTH = 64;

    /** Parser messages quote at most {@link FieldException#QUOTE_LIMIT} characters of a bad token and no raw input. */
    private static final ErrorReportConfiguration QUOTES = ErrorReportConfiguration.builder()
            .maxErrorTokenLength(FieldException.QUOTE_LIMIT).maxRawContentLength(0).build();

    /**
     * A parser's error as one located line. SnakeYAML's own error carries the place of the
     * problem and a separate context (for a tab at the start of line 58, the context is the end of
     * line 57); the problem's place is the one to fix, and its message is given without the echoed
     * snippet of the file.
     */
    private static InputException malformed(String file, boolean json, JsonProcessingException e, JsonParser parser) {
        String format = json ? "JSON" : "YAML";
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException y && y.getProblemMark() != null) {
                Mark m = y.getProblemMark();
                String problem = y.getProblem() == null ? "" : y.getProblem();
                String what = problem.contains("(TAB)")
                        ? "a tab cannot indent YAML or start a value; indent with spaces"
                        : (y.getContext() == null ? "" : y.getContext() + " ") + problem;
                return new InputException(file, m.getLine() + 1, m.getColumn() + 1, "", "malformed " + format + ": " + what.trim());
            }
        }
        JsonLocation l = e.getLocation();
        if (l == null && parser != null) { // a constraint (number length, ...) reports no place; the parser knows it
            l = parser.currentLocation();
        }
        Matcher nonFinite = NON_FINITE.matcher(e.getOriginalMessage());
        if (nonFinite.find() && parser != null) {
            // YAML 1.1 writes infinity and not-a-number as .inf/.nan; no key of the format takes them.
            // The parser has read the token and fails converting it: point at the token's start.
            JsonLocation token = parser.currentTokenLocation();
            return new InputException(file, token.getLineNr(), token.getColumnNr(), path(parser.getParsingContext()),
                    "expected a finite number, got " + nonFinite.group(1) + " (infinity or not-a-number); write a finite number, "
                            + "or leave the key out where that means unknown");
        }
        String what = String.join(" ", e.getOriginalMessage().lines().map(String::trim)
                .filter(x -> !x.isEmpty() && !x.startsWith("in '") && !x.startsWith("^")).toList());
        return new InputException(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "",
                "malformed " + format + ": " + what);
    }

    private static final Pattern NON_FINITE =
            Pattern.compile("Malformed numeric value '([-+]?\\.(?:inf|nan))'", Pattern.CASE_INSENSITIVE);

    /** The field path of the parser's place, written as the reader writes paths ({@code states[1].ideal_point}). */
    private static String path(JsonStreamContext at) {
        StringBuilder out = new StringBuilder();
        for (JsonStreamContext c = at; c != null && !c.inRoot(); c = c.getParent()) {
            String step = c.inObject() ? (c.getCurrentName() == null ? "" : c.getCurrentName()) : "[" + Math.max(0, c.getCurrentIndex()) + "]";
            boolean dot = out.length() > 0 && out.charAt(0) != '[';
            out.insert(0, dot ? step + "." : step);
        }
        return out.toString();
    }

    private static JsonNode read(String file, JsonParser p, String path, int depth, Map<String, int[]> locations) throws IOException {
        JsonLocation here = p.currentTokenLocation();
        locations.put(path, new int[] {here.getLineNr(), here.getColumnNr()});
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth > MAX_DEPTH) {
            throw new InputException(file, here.getLineNr(), here.getColumnNr(), "", "mappings and lists nest more than "
                    + MAX_DEPTH + " levels deep here; a scenario or experiment needs at most a few");
        }
        switch (t) {
            case START_OBJECT: {
                ObjectNode node = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    p.nextToken();
                    node.set(name, read(file, p, child, depth + 1, locations));
                }
                return node;
            }
            case START_ARRAY: {
                ArrayNode node = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    node.add(read(file, p, path + "[" + i++ + "]", depth + 1, locations));
                }
                return node;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? NODES.numberNode(p.getBigIntegerValue()) : NODES.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IOException("unexpected token " + t);
        }
    }

    /** The whole document, at path "". */
    public LocatedNode root() {
        return new LocatedNode(this, root, "");
    }

    public String file() {
        return file;
    }

    /** An error at {@code path}, or at its nearest located parent. */
    public InputException error(String path, String problem) {
        String p = path;
        while (true) {
            int[] at = locations.get(p);
            if (at != null) {
                return new InputException(file, at[0], at[1], path, problem);
            }
            if (p.isEmpty()) {
                return new InputException(file, 0, 0, path, problem);
            }
            p = parent(p);
        }
    }

    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
