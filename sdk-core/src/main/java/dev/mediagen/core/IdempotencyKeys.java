package dev.mediagen.core;

import java.util.UUID;

/** Generates idempotency keys: one per logical call, reused on every attempt of that call. */
public final class IdempotencyKeys {
    private IdempotencyKeys() {
    }

    /** A new random key (a UUID string). */
    public static String generate() {
        return UUID.randomUUID().toString();
    }

    /** The caller's key from the options, or a newly generated one. */
    public static String fromOrGenerate(RequestOptions options) {
        return options.idempotencyKey().orElseGet(IdempotencyKeys::generate);
    }
}
