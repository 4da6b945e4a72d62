package io.spokes.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Loopback by default, a token on any other address, and no answer to a page that rebinds a foreign name to 127.0.0.1. */
class AccessTest {
    @TempDir
    Path data;

    @Test
    void loopbackNeedsNoTokenAnyOtherAddressGetsAFreshOne() {
        assertThat(LabConfig.of("127.0.0.1", 0, data, data).requiresToken()).isFalse();
        assertThat(LabConfig.of("localhost", 0, data, data).requiresToken()).isFalse();
        assertThat(LabConfig.of("::1", 0, data, data).requiresToken()).isFalse();
        LabConfig open = LabConfig.of("0.0.0.0", 0, data, data);
        assertThat(open.requiresToken()).isTrue();
        assertThat(open.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(LabConfig.of("0.0.0.0", 0, data, data).token()).isNotEqualTo(open.token());
        assertThat(LabConfig.of("192.0.2.1", 0, data, data).requiresToken()).isTrue();
        assertThatThrownBy(() -> new LabConfig("0.0.0.0", 0, null, data, data)).hasMessageContaining("must require a token");
        assertThatThrownBy(() -> new LabConfig("127.0.0.1", 70_000, null, data, data)).hasMessageContaining("--port");
    }

    @Test
    void theDefaultDataDirectoryFollowsXdg() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path expected = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg, "spokes")
                : Path.of(System.getProperty("user.home"), ".local", "share", "spokes");
        assertThat(LabConfig.defaultDataDir()).isEqualTo(expected);
    }

    @Test
    void withATokenEveryApiCallNeedsItButThePageLoads() {
        String token = LabConfig.newToken();
        try (Lab lab = Lab.withToken(data, token)) {
            Lab.Reply none = Lab.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(lab.base() + "/api/scenarios")));
            assertThat(none.status()).isEqualTo(401);
            assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
            assertThat(none.message()).contains("needs the token printed when it started");
            Lab.Reply wrong = Lab.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(lab.base() + "/api/compare"))
                    .header("Authorization", "Bearer " + token.substring(1) + "x")
                    .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(lab.get("/api/scenarios").status()).isEqualTo(200);
            assertThat(lab.get("/api/runs").status()).isEqualTo(200);
            Lab.Reply page = Lab.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(lab.base() + "/")));
            assertThat(page.status()).isEqualTo(200);
            assertThat(lab.server().url()).endsWith("/#token=" + token);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:8080", "127.0.0.1.evil.example", "127.evil.example", "localhost.evil.example"})
    void onLoopbackAForeignHostNameIsRefused(String host) {
        try (Lab lab = Lab.start(data)) {
            String reply = lab.raw("GET /api/scenarios HTTP/1.1", host);
            assertThat(reply).startsWith("HTTP/1.1 403").contains("this lab answers only to localhost");
            assertThat(lab.raw("GET / HTTP/1.1", host)).startsWith("HTTP/1.1 403");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "LOCALHOST:9000", "[::1]:8080", "127.0.0.2:1"})
    void onLoopbackLocalNamesAreAnsweredWhateverThePort(String host) {
        try (Lab lab = Lab.start(data)) {
            assertThat(lab.raw("GET /api/health HTTP/1.1", host)).startsWith("HTTP/1.1 200").contains("\"status\":\"ok\"");
        }
    }

    @Test
    void answersCarryHeadersThatKeepOtherSitesOut() {
        try (Lab lab = Lab.start(data)) {
            Lab.Reply r = lab.get("/");
            assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
            assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.header("Access-Control-Allow-Origin")).isNull();
            Lab.Reply api = Lab.send(lab.request("/api/scenarios").header("Origin", "http://evil.example"));
            assertThat(api.header("Access-Control-Allow-Origin")).isNull();
        }
    }
}
