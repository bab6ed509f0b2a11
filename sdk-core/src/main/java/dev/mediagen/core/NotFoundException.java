package dev.mediagen.core;

/** The resource does not exist (HTTP 404). */
public class NotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from a message, the response details and an optional cause. */
    public NotFoundException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /** Creates the exception with only a message (no response). */
    public NotFoundException(String message) {
        this(message, ErrorDetails.none(), null);
    }
}
