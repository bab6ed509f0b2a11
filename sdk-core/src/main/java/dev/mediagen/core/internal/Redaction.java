package dev.mediagen.core.internal;

/** Removes secrets from text that may reach logs or exception messages. */
public final class Redaction {
    private Redaction() {
    }

    /** Keeps scheme, host and path of a URL and replaces its query (signed URLs carry credentials) with a marker. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        int fragment = url.indexOf('#');
        String withoutFragment = fragment >= 0 ? url.substring(0, fragment) : url;
        int query = withoutFragment.indexOf('?');
        return query >= 0 ? withoutFragment.substring(0, query) + "?[redacted]" : withoutFragment;
    }

    /** Replaces every occurrence of {@code secret} in {@code text} (no-op when either is null or the secret is short). */
    public static String secret(String text, String secret) {
        if (text == null || secret == null || secret.length() < 8) {
            return text;
        }
        return text.replace(secret, "[redacted]");
    }
}
