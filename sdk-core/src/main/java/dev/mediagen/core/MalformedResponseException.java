package dev.mediagen.core;

/** A response arrived but its body could not be understood (not JSON, or missing required fields). */
public class MalformedResponseException extends MediaGenException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception from a message, the response details and an optional cause. */
    public MalformedResponseException(String message, ErrorDetails details, Throwable cause) {
        super(message, details, cause);
    }

    /** Creates the exception with only a message (no response). */
    public MalformedResponseException(String message) {
        this(message, ErrorDetails.none(), null);
    }
}
