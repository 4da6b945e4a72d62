package io.spokes.web;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * Who may talk to the lab. On the loopback address only requests addressed to localhost are
 * answered (a web page elsewhere cannot reach the API through DNS rebinding); on any other address
 * every API call must carry the token printed at start, as {@code Authorization: Bearer TOKEN}.
 */
final class Access {
    private static final Set<String> LOCAL_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private final LabConfig config;

    Access(LabConfig config) {
        this.config = config;
    }

    void check(Context ctx) {
        if (!config.requiresToken()) {
            String host = hostName(ctx.header("Host"));
            if (!LOCAL_NAMES.contains(host) && !host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")) {
                throw new ApiException(403, "Host", "this lab answers only to localhost (the request was addressed to '"
                        + ScenarioLibrary.shorten(String.valueOf(ctx.header("Host"))) + "'); open http://127.0.0.1:" + ctx.req().getLocalPort() + "/");
            }
            return;
        }
        if (ctx.path().startsWith("/api/") && !tokenMatches(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"spokes\"");
            throw new ApiException(401, "Authorization", "this lab listens on " + config.bind()
                    + ", so every API call needs the token printed when it started: send 'Authorization: Bearer TOKEN' "
                    + "(the page reads it from the #token=... part of the address it printed)");
        }
    }

    private boolean tokenMatches(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        // Constant time, so the token cannot be guessed byte by byte from response times.
        return MessageDigest.isEqual(given, config.token().getBytes(StandardCharsets.UTF_8));
    }

    /** The host name of a Host header, without the port, lower case; empty when absent. */
    static String hostName(String header) {
        if (header == null) {
            return "";
        }
        String h = header.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }
}
