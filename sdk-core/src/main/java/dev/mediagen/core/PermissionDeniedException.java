package dev.mediagen.core;

/** The credentials are valid but not allowed to do this, e.g. a tier or plan gate (HTTP 403). */
public class PermissionDeniedException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from a message, the response details and an optional cause. */
    public PermissionDeniedException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /** Creates the exception with only a message (no response). */
    public PermissionDeniedException(String message) {
        this(message, ErrorDetails.none(), null);
    }
}
