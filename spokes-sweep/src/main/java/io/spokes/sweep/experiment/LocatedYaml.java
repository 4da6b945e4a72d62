package io.spokes.sweep.experiment;

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
 * An experiment document read into a tree that remembers the line and column of every value, so
 * that a problem found while building the experiment names its place ({@code parameters.kbar.range}).
 * Same approach as the scenario reader of spokes-io, whose tree is package-private there.
 */
final class LocatedYaml {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;
    private final JsonNode root;
    private final Map<String, int[]> locations;

    private LocatedYaml(String file, JsonNode root, Map<String, int[]> locations) {
        this.file = file;
        this.root = root;
        this.locations = locations;
    }

    static LocatedYaml parse(String file, String text) {
        YAMLFactory factory = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        Map<String, int[]> locations = new HashMap<>();
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new InputException(file, 1, 1, "", "the file is empty; an experiment needs at least name, scenario, design and parameters");
            }
            JsonNode root = read(parser, "", locations);
            if (parser.nextToken() != null) {
                JsonLocation l = parser.currentTokenLocation();
                throw new InputException(file, l.getLineNr(), l.getColumnNr(), "", "more than one document in the file; keep one experiment per file");
            }
            return new LocatedYaml(file, root, locations);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String what = String.join(" ", e.getOriginalMessage().lines().map(String::trim)
                    .filter(x -> !x.isEmpty() && !x.startsWith("in '") && !x.startsWith("^")).toList());
            throw new InputException(file, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(), "", "malformed YAML: " + what);
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
                    p.nextToken();
                    node.set(name, read(p, path.isEmpty() ? name : path + "." + name, locations));
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

    YamlNode root() {
        return new YamlNode(this, root, "");
    }

    /** An error at {@code path}, placed at that value or its nearest located parent. */
    InputException error(String path, String problem) {
        String p = path;
        while (true) {
            int[] at = locations.get(p);
            if (at != null) {
                return new InputException(file, at[0], at[1], path, problem);
            }
            if (p.isEmpty()) {
                return new InputException(file, 0, 0, path, problem);
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut <= 0 ? "" : p.substring(0, cut);
        }
    }
}
