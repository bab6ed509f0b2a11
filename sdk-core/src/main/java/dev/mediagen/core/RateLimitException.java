package dev.mediagen.core;

import java.time.Duration;
import java.util.Optional;

/** The vendor (or the client-side limiter) refused the call for now; {@link #retryAfter()} says when to try again. */
public class RateLimitException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    /** Creates the exception. */
    public RateLimitException(String message, ErrorDetails details, Throwable cause, Duration retryAfter) {
        super(message, details, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the vendor asked us to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
