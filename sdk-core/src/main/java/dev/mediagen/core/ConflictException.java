package dev.mediagen.core;

/** The request conflicts with the resource's state, e.g. a reused idempotency key (HTTP 409). */
public class ConflictException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from a message, the response details and an optional cause. */
    public ConflictException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /** Creates the exception with only a message (no response). */
    public ConflictException(String message) {
        this(message, ErrorDetails.none(), null);
    }
}
