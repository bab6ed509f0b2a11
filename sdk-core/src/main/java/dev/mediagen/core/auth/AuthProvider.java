package dev.mediagen.core.auth;

import java.util.concurrent.CompletableFuture;

/** Supplies the {@code Authorization} header value of each request. */
public interface AuthProvider {

    /** The header value to send, e.g. {@code Bearer ...}; may complete later when a token must be fetched. */
    CompletableFuture<String> authorization();

    /**
     * Told that the vendor rejected {@code rejectedValue} with HTTP 401. Returns true when a fresh credential
     * may succeed (the SDK then retries once); a static key returns false.
     */
    default boolean onUnauthorized(String rejectedValue) {
        return false;
    }

    /** A static API key sent as {@code Authorization: Bearer <key>}. */
    static AuthProvider bearer(String apiKey) {
        return new BearerKeyAuth(apiKey);
    }
}
