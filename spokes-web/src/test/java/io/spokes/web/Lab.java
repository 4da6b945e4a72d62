package io.spokes.web;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A lab server for tests: on 127.0.0.1, any free port, the repository's bundled scenarios and a
 * data directory of the test's own; with helpers to call it (only ever at 127.0.0.1). Either
 * started by a test ({@link #start}) or shared by a test class
 * ({@code @RegisterExtension static final Lab lab = Lab.perClass();}).
 */
public final class Lab implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    /** The repository's scenarios folder (tests run in the module folder). */
    public static final Path SCENARIOS = Path.of("..", "scenarios").toAbsolutePath().normalize();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LabServer server;
    private final String token;
    /** The data directory a per-class lab made for itself. */
    private Path ownData;

    private Lab(LabServer server, String token) {
        this.server = server;
        this.token = token;
    }

    /** A lab for every test of a class: started before them in a data directory of its own, closed and removed after. */
    public static Lab perClass() {
        return new Lab(null, null);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        ownData = Files.createTempDirectory("spokes-lab-test");
        server = LabServer.start(new LabConfig("127.0.0.1", 0, null, SCENARIOS, ownData));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        close();
        try (Stream<Path> s = Files.walk(ownData)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public static Lab start(Path dataDir) {
        return new Lab(LabServer.start(new LabConfig("127.0.0.1", 0, null, SCENARIOS, dataDir)), null);
    }

    /** A lab whose API requires {@code token} (what a non-loopback bind gets), still on 127.0.0.1. */
    public static Lab withToken(Path dataDir, String token) {
        return new Lab(LabServer.start(new LabConfig("127.0.0.1", 0, token, SCENARIOS, dataDir)), token);
    }

    public int port() {
        return server.port();
    }

    public String base() {
        return "http://127.0.0.1:" + port();
    }

    public LabServer server() {
        return server;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    public static Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request written byte for byte on a socket (for paths and Host headers an HTTP client would tidy up). */
    public String raw(String requestLine, String host) {
        try (Socket s = new Socket("127.0.0.1", port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write((requestLine + "\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes written as they are on a socket (malformed requests no HTTP client would send); the whole answer. */
    public String raw(byte[] request) {
        try (Socket s = new Socket("127.0.0.1", port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request);
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /** An answer: status, body, and the body as JSON when it is JSON. */
    public record Reply(int status, String body, HttpResponse<String> response) {
        public JsonNode json() {
            return Json.parse(body);
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** The error message of a refusal. */
        public String message() {
            return json().path("error").path("message").asText();
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }
}
