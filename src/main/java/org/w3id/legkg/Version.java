package org.w3id.legkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Program version, read from the resource Maven filters at build time. */
public final class Version {
    private static final Properties PROPS = load();

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Release version, e.g. {@code 0.1.0}. */
    public static String version() { return PROPS.getProperty("version", "dev"); }

    /** Version plus compile time: a store built by other code is rebuilt, even at the same release. */
    public static String buildId() { return version() + "+" + PROPS.getProperty("built", "unknown"); }

    private Version() {}
}
