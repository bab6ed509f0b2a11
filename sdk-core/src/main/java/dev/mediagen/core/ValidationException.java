package dev.mediagen.core;

/** The request is invalid: rejected by the vendor (HTTP 400/422) or by the SDK before sending. */
public class ValidationException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from a message, the response details and an optional cause. */
    public ValidationException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /** Creates the exception with only a message (no response). */
    public ValidationException(String message) {
        this(message, ErrorDetails.none(), null);
    }
}
