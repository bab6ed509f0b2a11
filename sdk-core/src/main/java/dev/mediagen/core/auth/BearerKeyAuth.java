package dev.mediagen.core.auth;

import java.util.concurrent.CompletableFuture;

/** A static bearer API key. Its {@code toString()} never shows the key. */
public final class BearerKeyAuth implements AuthProvider {
    private final CompletableFuture<String> header;

    /** Creates the provider; the key must not be blank. */
    public BearerKeyAuth(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("API key must not be blank");
        }
        if (apiKey.strip().length() != apiKey.length() || apiKey.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new IllegalArgumentException("API key contains whitespace or non-ASCII characters");
        }
        this.header = CompletableFuture.completedFuture("Bearer " + apiKey);
    }

    @Override
    public CompletableFuture<String> authorization() {
        return header;
    }

    @Override
    public String toString() {
        return "BearerKeyAuth[redacted]";
    }
}
