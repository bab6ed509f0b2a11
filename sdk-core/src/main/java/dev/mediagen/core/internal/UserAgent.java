package dev.mediagen.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Builds {@code User-Agent: mediagen-java/<version> (<vendor>) Java/<version>}. */
public final class UserAgent {
    private static final String SDK_VERSION = loadVersion();

    private UserAgent() {
    }

    /** The SDK's version, from the build. */
    public static String sdkVersion() {
        return SDK_VERSION;
    }

    /** The User-Agent header value for a vendor. */
    public static String forVendor(String vendor) {
        return "mediagen-java/" + SDK_VERSION + " (" + vendor + ") Java/" + System.getProperty("java.version");
    }

    private static String loadVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("/dev/mediagen/core/mediagen-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
