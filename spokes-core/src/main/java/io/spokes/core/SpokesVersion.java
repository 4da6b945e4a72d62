package io.spokes.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Spokes version and the crisis model's version, written into every output beside the seed. */
public final class SpokesVersion {
    /** The version of the crisis model the engine computes (docs/model.md); v1 results are tag v0.1.0's. */
    public static final String MODEL = "crisis-v2";

    /** The version of this build, e.g. {@code 0.1.0}. */
    public static final String VERSION = load();

    private SpokesVersion() {
    }

    private static String load() {
        try (InputStream in = SpokesVersion.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
