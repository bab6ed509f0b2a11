package dev.mediagen.agentmedia;

import java.time.Instant;
import java.util.Optional;

/** An API key's metadata (the key itself is never returned after creation). */
public final class ApiKeyInfo {
    private String id;
    private String keyPrefix;
    private String name;
    private Instant createdAt;
    private Instant lastUsedAt;

    private ApiKeyInfo() {
    }

    /** The key's id, used to revoke it. */
    public String id() {
        return id;
    }

    /** The key's first characters (e.g. {@code ma_a1b2c3d4}). */
    public String keyPrefix() {
        return keyPrefix;
    }

    /** The key's name. */
    public String name() {
        return name;
    }

    /** When it was created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** When it was last used. */
    public Optional<Instant> lastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    @Override
    public String toString() {
        return "ApiKeyInfo{id=" + id + ", keyPrefix=" + keyPrefix + ", name=" + name + "}";
    }
}
