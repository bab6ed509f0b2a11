package dev.mediagen.core;

/** An error response from a vendor API (the base of every status-derived exception). */
public class ApiException extends MediaGenException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from a message, the response details and an optional cause. */
    public ApiException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /** Creates the exception with only a message (no response). */
    public ApiException(String message) {
        this(message, ErrorDetails.none(), null);
    }
}
