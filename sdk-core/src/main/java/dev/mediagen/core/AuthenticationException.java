package dev.mediagen.core;

/** The API key or token was missing, invalid or expired (HTTP 401). */
public class AuthenticationException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from a message, the response details and an optional cause. */
    public AuthenticationException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /** Creates the exception with only a message (no response). */
    public AuthenticationException(String message) {
        this(message, ErrorDetails.none(), null);
    }
}
