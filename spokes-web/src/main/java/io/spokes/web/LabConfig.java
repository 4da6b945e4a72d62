package io.spokes.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * How a lab server runs: the address and port it listens on, the token its API requires (null
 * when it listens on the loopback address only), the bundled scenarios folder and the data
 * directory of saved runs.
 */
public record LabConfig(String bind, int port, String token, Path scenarios, Path dataDir) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public LabConfig {
        if (bind == null || bind.isBlank()) {
            throw new IllegalArgumentException("--bind needs an address, e.g. 127.0.0.1");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must lie between 0 (any free port) and 65535, got " + port);
        }
        if (token == null && !isLoopback(bind)) {
            throw new IllegalArgumentException("a lab listening on " + bind + " must require a token");
        }
        if (token != null && token.length() < 16) {
            throw new IllegalArgumentException("a token needs at least 16 characters");
        }
    }

    /** A configuration that requires a fresh random token exactly when {@code bind} is not loopback. */
    public static LabConfig of(String bind, int port, Path scenarios, Path dataDir) {
        return new LabConfig(bind, port, isLoopback(bind) ? null : newToken(), scenarios, dataDir);
    }

    public boolean requiresToken() {
        return token != null;
    }

    /** Whether {@code bind} names only this machine (127.0.0.0/8, ::1 or localhost). */
    public static boolean isLoopback(String bind) {
        try {
            InetAddress[] all = InetAddress.getAllByName(bind);
            for (InetAddress a : all) {
                if (!a.isLoopbackAddress()) {
                    return false;
                }
            }
            return all.length > 0;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** 32 random bytes from the system's strong generator, URL-safe. */
    public static String newToken() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Where saved runs live by default: {@code $XDG_DATA_HOME/spokes}, else {@code ~/.local/share/spokes}. */
    public static Path defaultDataDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "spokes");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "spokes");
    }
}
