package io.spokes.web;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every error the lab gives is the JSON error body of docs/api.md, on every path: those Jetty
 * raises before the lab sees the request (400, 414, 431, 505), Javalin's 404 and 405 on pages as
 * on the API, and a body that is not UTF-8.
 */
class ErrorShapeTest {
    @RegisterExtension
    static final Lab lab = Lab.perClass();

    private static final String HOST = "Host: 127.0.0.1\r\n";

    static Stream<Arguments> refusals() {
        return Stream.of(
                arguments("no request line", "GARBAGE\r\n\r\n", 400, "malformed HTTP request"),
                arguments("space in the request line", "GET /api/health HTTP/1.1 extra\r\n" + HOST + "\r\n", 400, "malformed HTTP request"),
                arguments("space in a header name", "GET /api/health HTTP/1.1\r\n" + HOST + "Bad Header: x\r\n\r\n", 400, "malformed HTTP request: Illegal character"),
                arguments("no Host", "GET /api/health HTTP/1.1\r\n\r\n", 400, "malformed HTTP request: No Host"),
                arguments("bad Content-Length", "POST /api/crisis HTTP/1.1\r\n" + HOST + "Content-Length: abc\r\n\r\n", 400, "Content-Length"),
                arguments("bad percent escape", "GET /api/%zz HTTP/1.1\r\n" + HOST + "\r\n", 400, "malformed HTTP request"),
                arguments("request line of 20,000 bytes", "GET /api/" + "x".repeat(20_000) + " HTTP/1.1\r\n" + HOST + "\r\n", 414,
                        "the request line is too long: the lab accepts at most 8192 bytes"),
                arguments("header of 20,000 bytes", "GET /api/health HTTP/1.1\r\n" + HOST + "X-A: " + "a".repeat(20_000) + "\r\n\r\n", 431,
                        "the request headers are too large: the lab accepts at most 8192 bytes"),
                arguments("unknown HTTP version", "GET /api/health HTTP/9.9\r\n" + HOST + "\r\n", 505, "use HTTP/1.1"),
                arguments("HTTP/0.9", "GET /api/health\r\n\r\n", 505, "use HTTP/1.1"),
                arguments("page not found", "GET /nothing.html HTTP/1.1\r\n" + HOST + "\r\n", 404, "/nothing.html"),
                arguments("webjar not found", "GET /webjars/nothing.js HTTP/1.1\r\n" + HOST + "\r\n", 404, "/webjars/nothing.js"),
                arguments("/api without slash", "GET /api HTTP/1.1\r\n" + HOST + "\r\n", 404, "/api"),
                arguments("wrong method on a page", "DELETE /index.html HTTP/1.1\r\n" + HOST + "\r\n", 404, "/index.html"),
                arguments("wrong method on the API", "PUT /api/health HTTP/1.1\r\n" + HOST + "Content-Length: 0\r\n\r\n", 405, ""));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {2}")
    @MethodSource("refusals")
    void everyRefusalIsTheJsonErrorBody(String what, String request, int status, String message) {
        String reply = lab.raw((request.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n")).getBytes(StandardCharsets.ISO_8859_1));
        assertThat(reply).as(what).startsWith("HTTP/1.1 " + status + " ");
        String head = reply.substring(0, reply.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertThat(head).as(what).contains("content-type: application/json");
        JsonNode error = Json.parse(reply.substring(reply.indexOf("\r\n\r\n") + 4)).path("error");
        assertThat(error.path("status").asInt()).as(what).isEqualTo(status);
        assertThat(error.path("message").asText()).as(what).isNotEmpty().contains(message);
        assertThat(error.has("field")).as(what).isTrue();
        assertThat(error.has("problem")).as(what).isTrue();
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedWithWhere() {
        byte[] body = "{\"scenario\": \"korea-2023\",\n \"challenger\": \"PR\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        Lab.Reply r = lab.post("/api/crisis", "application/json", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        // Counted from the body above: line 1 and its newline are bytes 0-26; line 2 is ` "challenger": "PR` (18 bytes), then 0xFF.
        assertThat(r.message()).isEqualTo("the request body is not valid UTF-8: the byte at offset 45 (0xFF) does not start or continue"
                + " a UTF-8 character (line 2, column 19); send JSON encoded as UTF-8");
    }

    @Test
    void aTruncatedUtf8CharacterIsRefusedToo() {
        byte[] ok = "{\"label\": \"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(ok, ok.length);
        cut[cut.length - 3] = '"'; // the second byte of é replaced: a lead byte followed by no continuation
        Lab.Reply r = lab.post("/api/runs", "application/json", cut);
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.message()).contains("not valid UTF-8").contains("0xC3");
    }

    @Test
    void aClientThatExpects100ContinueGetsItBeforeSendingTheBody() throws Exception {
        String body = "{\"scenario\": \"toy-triangle\", \"challenger\": \"PRK\", \"target\": \"KOR\"}";
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", lab.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("POST /api/crisis HTTP/1.1\r\n" + HOST + "Content-Type: application/json\r\nExpect: 100-continue\r\n"
                    + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            byte[] interim = new byte[25];
            int n = s.getInputStream().readNBytes(interim, 0, interim.length);
            assertThat(new String(interim, 0, n, StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 100 Continue");
            s.getOutputStream().write(body.getBytes(StandardCharsets.ISO_8859_1));
            String rest = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(rest).contains("HTTP/1.1 200 OK").contains("\"deterrence\"");
        }
    }

    @Test
    void validUtf8StillReadsAsBefore() {
        Lab.Reply r = lab.post("/api/compare", "{\"scenario\": \"korea-2023\", \"challenger\": \"PRK\", \"target\": \"K\u00d6R\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.message()).contains("K\u00d6R");
    }
}
