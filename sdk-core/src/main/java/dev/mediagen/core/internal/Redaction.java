package dev.mediagen.core.internal;

/** Removes secrets from values before they reach messages or logs. */
public final class Redaction {
    /** What replaces a redacted query string. */
    static final String REDACTED_QUERY = "?[redacted]";

    private Redaction() {
    }

    /**
     * The URL with its scheme, host, port and path kept, its query replaced by {@code ?[redacted]}, and its user
     * info and fragment removed; signed URLs carry credentials in the query.
     */
    public static String url(String url) {
        if (url == null) {
            return "null";
        }
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        boolean hasQuery = query >= 0 && (fragment < 0 || query < fragment);
        int end = hasQuery ? query : fragment >= 0 ? fragment : url.length();
        String base = withoutUserInfo(url.substring(0, end));
        return hasQuery ? base + REDACTED_QUERY : base;
    }

    private static String withoutUserInfo(String url) {
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            return url;
        }
        int authorityStart = schemeEnd + 3;
        int pathStart = url.indexOf('/', authorityStart);
        int authorityEnd = pathStart < 0 ? url.length() : pathStart;
        int at = url.lastIndexOf('@', authorityEnd - 1);
        if (at < authorityStart) {
            return url;
        }
        return url.substring(0, authorityStart) + url.substring(at + 1);
    }

    /** Replaces every occurrence of {@code secret} in {@code text} (no-op when either is null or the secret is short). */
    public static String secret(String text, String secret) {
        if (text == null || secret == null || secret.length() < 8) {
            return text;
        }
        return text.replace(secret, "[redacted]");
    }
}
