package io.spokes.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reading request bodies (bounded, strict JSON) and writing JSON answers. */
public final class Json {
    /** Strict: duplicate keys, NaN and comments are errors; nesting and number length are bounded. */
    public static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(64).build())
            .build());

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The request body as text, refusing (413) more than {@link Limits#MAX_BODY_BYTES}. */
    public static String bodyText(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > Limits.MAX_BODY_BYTES) {
            throw tooLarge(declared);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(Limits.MAX_BODY_BYTES + 1);
            if (bytes.length > Limits.MAX_BODY_BYTES) {
                throw tooLarge(-1);
            }
            return utf8(bytes);
        } catch (IOException e) {
            throw ApiException.badRequest("", "could not read the request body: " + e.getMessage());
        }
    }

    /**
     * The body as UTF-8 text, refusing (400) bytes that are not UTF-8 rather than replacing them
     * silently with U+FFFD (a scenario name or label would change without a word).
     */
    static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw ApiException.badRequest("", "the request body is not valid UTF-8: the byte at offset " + at + " (0x"
                    + String.format(java.util.Locale.ROOT, "%02X", bytes[at] & 0xff) + ") does not start or continue a UTF-8 character"
                    + lineAndColumn(bytes, at) + "; send JSON encoded as UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** Where byte {@code at} is, as line and column (counting characters before it), for the message. */
    private static String lineAndColumn(byte[] bytes, int at) {
        int line = 1;
        int start = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                start = i + 1;
            }
        }
        String before = new String(bytes, start, at - start, StandardCharsets.UTF_8);
        return " (line " + line + ", column " + (before.codePointCount(0, before.length()) + 1) + ")";
    }

    static ApiException tooLarge(long declared) {
        return new ApiException(413, "", "request body too large" + (declared > 0 ? " (" + declared + " bytes)" : "")
                + "; the lab accepts at most " + Limits.MAX_BODY_BYTES + " bytes (1 MiB)");
    }

    /** The request body as a JSON object; 415 unless sent as application/json, 400 if malformed. */
    public static ObjectNode body(Context ctx) {
        requireJsonContentType(ctx);
        String text = bodyText(ctx);
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("", "malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("", "the request body must be a JSON object, got " + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)));
        }
        return (ObjectNode) node;
    }

    /**
     * Only JSON bodies: a cross-site form or {@code text/plain} post cannot reach the API without a
     * CORS preflight, which the lab never grants.
     */
    static void requireJsonContentType(Context ctx) {
        String type = ctx.contentType();
        String base = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!base.equals("application/json")) {
            throw new ApiException(415, "", "send the request body as JSON with Content-Type: application/json (got "
                    + (type == null ? "no content type" : "'" + type + "'") + ")");
        }
    }

    public static void send(Context ctx, int status, JsonNode node) {
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(write(node));
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON text produced by the library, as a tree (to embed it in an answer). */
    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** NaN and infinities (a measure that does not apply) become null, as in the CLI's JSON. */
    public static void put(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    /** The error body every refusal uses: {@code {"error": {"status", "message", "field", "problem", "line", "column"}}}. */
    public static ObjectNode error(ApiException e) {
        ObjectNode o = object();
        ObjectNode err = o.putObject("error");
        err.put("status", e.status());
        err.put("message", e.getMessage());
        err.put("field", e.field());
        err.put("problem", e.problem());
        if (e.line() > 0) {
            err.put("line", e.line());
            err.put("column", e.column());
        }
        return o;
    }
}
