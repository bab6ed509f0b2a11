package dev.mediagen.agentmedia;

import java.time.Instant;
import java.util.Optional;

/** A newly created API key. The full key is returned only this once: store it; it never appears in {@link #toString()}. */
public final class CreatedApiKey {
    private String key;
    private String id;
    private String keyPrefix;
    private String name;
    private Instant createdAt;

    private CreatedApiKey() {
    }

    /** The full secret key ({@code ma_...}); the API never returns it again. */
    public String key() {
        return key;
    }

    /** The key's id, used to revoke it. */
    public String id() {
        return id;
    }

    /** The key's first characters, shown in listings. */
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

    @Override
    public String toString() {
        return "CreatedApiKey{id=" + id + ", keyPrefix=" + keyPrefix + ", name=" + name + ", key=[redacted]}";
    }
}
