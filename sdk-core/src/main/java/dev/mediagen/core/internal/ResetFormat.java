package dev.mediagen.core.internal;

/** How a vendor writes {@code X-RateLimit-Reset}. */
public enum ResetFormat {
    /** A Unix timestamp in seconds. */
    EPOCH_SECONDS,
    /** Seconds from now. */
    DELTA_SECONDS,
    /** Large values are timestamps, small ones are deltas. */
    AUTO
}
