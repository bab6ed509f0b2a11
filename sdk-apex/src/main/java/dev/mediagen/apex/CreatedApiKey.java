package dev.mediagen.apex;

import java.util.Optional;

/**
 * A new API key with its secret value, which Apex returns only once ({@code POST /api/keys}). The secret is never
 * part of {@link #toString()}; store it right away.
 */
public final class CreatedApiKey {
    private String id;
    private String key;
    private String name;

    private CreatedApiKey() {
    }

    /** The key's id. */
    public String id() {
        return id;
    }

    /** The secret key value ({@code sk_live_...}); shown once by Apex, keep it safe and out of logs. */
    public String key() {
        return key;
    }

    /** The display name. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    @Override
    public String toString() {
        String hint = key != null && key.startsWith("sk_live_") ? "sk_live_***" : "***";
        return "CreatedApiKey{id=" + id + ", name=" + name + ", key=" + hint + "}";
    }
}
