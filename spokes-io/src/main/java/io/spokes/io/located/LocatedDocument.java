package io.spokes.io.located;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.spokes.io.InputException;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

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
        JsonFactory factory = json ? JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
                : YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        Map<String, int[]> locations = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputException(file, 1, 1, "", "the file is empty; " + needs);
            }
            JsonNode root = read(parser, "", locations);
            if (parser.nextToken() != null) {
                JsonLocation l = parser.currentTokenLocation();
                throw new InputException(file, l.getLineNr(), l.getColumnNr(), "", "more than one document in the file; keep one per file");
            }
            return new LocatedDocument(file, root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String what = String.join(" ", e.getOriginalMessage().lines().map(String::trim)
                    .filter(x -> !x.isEmpty() && !x.startsWith("in '") && !x.startsWith("^")).toList());
            throw new InputException(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "",
                    "malformed " + (json ? "JSON" : "YAML") + ": " + what);
        } catch (IOException e) {
            throw new InputException(file, 0, 0, "", "cannot parse: " + e.getMessage());
        }
    }

    private static JsonNode read(JsonParser p, String path, Map<String, int[]> locations) throws IOException {
        JsonLocation here = p.currentTokenLocation();
        locations.put(path, new int[] {here.getLineNr(), here.getColumnNr()});
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode node = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    p.nextToken();
                    node.set(name, read(p, child, locations));
                }
                return node;
            }
            case START_ARRAY: {
                ArrayNode node = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    node.add(read(p, path + "[" + i++ + "]", locations));
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
