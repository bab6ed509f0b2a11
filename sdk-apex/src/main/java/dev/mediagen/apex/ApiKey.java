package dev.mediagen.apex;

import java.time.Instant;
import java.util.Optional;

/** An API key as {@code GET /api/keys} lists it (never its secret value). */
public final class ApiKey {
    private String id;
    private String name;
    private String prefix;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    private ApiKey() {
    }

    /** The key's id. */
    public String id() {
        return id;
    }

    /** The display name. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The visible start of the key (e.g. {@code sk_live_ab12}), when listed. */
    public Optional<String> prefix() {
        return Optional.ofNullable(prefix);
    }

    /** When the key was created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** When the key was last used. */
    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    /** When the key was revoked. */
    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    @Override
    public String toString() {
        return "ApiKey{id=" + id + ", name=" + name + "}";
    }
}
