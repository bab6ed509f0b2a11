package dev.mediagen.core.auth;

import java.time.Instant;
import java.util.Objects;

/** A short-lived bearer token and the instant it expires. Its {@code toString()} never shows the token. */
public final class AccessToken {
    private final String token;
    private final Instant expiresAt;

    /** Creates a token. */
    public AccessToken(String token, Instant expiresAt) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        this.token = token;
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The token value. */
    public String token() {
        return token;
    }

    /** When the token stops being accepted. */
    public Instant expiresAt() {
        return expiresAt;
    }

    @Override
    public String toString() {
        return "AccessToken{token=[redacted], expiresAt=" + expiresAt + "}";
    }
}
