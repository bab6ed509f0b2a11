package dev.mediagen.core;

/** The vendor failed to process a valid request (HTTP 5xx). */
public class ServerException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from a message, the response details and an optional cause. */
    public ServerException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /** Creates the exception with only a message (no response). */
    public ServerException(String message) {
        this(message, ErrorDetails.none(), null);
    }
}
