package dev.mediagen.core;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Base of every exception the SDK throws. Unchecked; typed by meaning, not by vendor.
 *
 * <p>Carries what the vendor said (HTTP status, vendor error code, message, request id, headers, raw
 * body) when the failure came from a response. It never contains an API key.
 */
public class MediaGenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorDetails details;

    /** Creates an exception with a message and the response details (use {@link ErrorDetails#none()} when none). */
    public MediaGenException(String message, ErrorDetails details, Throwable cause) {
        super(message, cause);
        this.details = details == null ? ErrorDetails.none() : details;
    }

    /** Creates an exception that did not come from a response. */
    public MediaGenException(String message) {
        this(message, ErrorDetails.none(), null);
    }

    /** Creates an exception that did not come from a response, with a cause. */
    public MediaGenException(String message, Throwable cause) {
        this(message, ErrorDetails.none(), cause);
    }

    /** Everything the response told us about the failure. */
    public ErrorDetails details() {
        return details;
    }

    /** The HTTP status, when the failure came from a response. */
    public OptionalInt statusCode() {
        return details.statusCode();
    }

    /** The vendor's error code (e.g. {@code insufficient_balance}), when it gave one. */
    public Optional<String> errorCode() {
        return details.errorCode();
    }

    /** The vendor's request id, when the response carried one. */
    public Optional<String> requestId() {
        return details.requestId();
    }

    /** The response headers (empty when there was no response). */
    public Headers headers() {
        return details.headers();
    }

    /** The raw response body as text, when there was one. */
    public Optional<String> rawBody() {
        return details.rawBody();
    }

    /** The vendor this failure came from (e.g. {@code vap}), when known. */
    public Optional<String> vendor() {
        return details.vendor();
    }
}
