package dev.mediagen.core.internal;

import dev.mediagen.core.ApiException;
import dev.mediagen.core.AuthenticationException;
import dev.mediagen.core.ConflictException;
import dev.mediagen.core.ErrorDetails;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.PermissionDeniedException;
import dev.mediagen.core.RateLimitException;
import dev.mediagen.core.ServerException;
import dev.mediagen.core.ValidationException;
import java.time.Duration;

/** Builds the typed exception for an error: the kind picks the class, the details travel along. */
public final class ExceptionFactory {
    private static final int MAX_BODY_CHARS = 4_000;

    private ExceptionFactory() {
    }

    /** The exception for an HTTP error response, given the vendor's decoded body. */
    public static MediaGenException fromResponse(String vendor, HttpResponse response, VendorError error,
                                                 String requestId, Duration retryAfter, String secretToScrub) {
        int status = response.statusCode();
        ErrorKind kind = error.kind() != null ? error.kind() : ErrorKind.forStatus(status);
        String body = Redaction.secret(truncate(response.bodyText()), secretToScrub);
        String vendorMessage = Redaction.secret(error.message(), secretToScrub);
        ErrorDetails details = ErrorDetails.builder()
                .statusCode(status)
                .errorCode(error.code())
                .vendorMessage(vendorMessage)
                .requestId(requestId)
                .headers(response.headers())
                .rawBody(body.isEmpty() ? null : body)
                .vendor(vendor)
                .extra(error.extra())
                .build();
        return create(kind, describe(vendor, status, error.code(), vendorMessage, requestId), details, retryAfter, error);
    }

    /** The exception for an error the vendor reported inside a successful (2xx) response body. */
    public static MediaGenException fromEnvelope(String vendor, HttpResponse response, VendorError error, String requestId) {
        ErrorKind kind = error.kind() != null ? error.kind() : ErrorKind.OTHER;
        ErrorDetails details = ErrorDetails.builder()
                .statusCode(response.statusCode())
                .errorCode(error.code())
                .vendorMessage(error.message())
                .requestId(requestId)
                .headers(response.headers())
                .rawBody(truncate(response.bodyText()))
                .vendor(vendor)
                .extra(error.extra())
                .build();
        return create(kind, describe(vendor, response.statusCode(), error.code(), error.message(), requestId), details,
                null, error);
    }

    /** The exception of a given kind. */
    public static MediaGenException create(ErrorKind kind, String message, ErrorDetails details, Duration retryAfter,
                                           VendorError error) {
        switch (kind) {
            case AUTHENTICATION:
                return new AuthenticationException(message, details, null);
            case PERMISSION_DENIED:
                return new PermissionDeniedException(message, details, null);
            case NOT_FOUND:
                return new NotFoundException(message, details, null);
            case CONFLICT:
                return new ConflictException(message, details, null);
            case VALIDATION:
                return new ValidationException(message, details, null);
            case INSUFFICIENT_CREDITS:
                return new InsufficientCreditsException(message, details, null, error.required(), error.available());
            case RATE_LIMIT:
                return new RateLimitException(message, details, null, retryAfter);
            case SERVER:
                return new ServerException(message, details, null);
            default:
                return new ApiException(message, details, null);
        }
    }

    private static String describe(String vendor, int status, String code, String message, String requestId) {
        StringBuilder sb = new StringBuilder().append('[').append(vendor).append("] HTTP ").append(status);
        if (code != null) {
            sb.append(' ').append(code);
        }
        sb.append(": ").append(message != null && !message.isBlank() ? message : "(no message)");
        if (requestId != null) {
            sb.append(" (request id ").append(requestId).append(')');
        }
        return sb.toString();
    }

    private static String truncate(String text) {
        return text.length() > MAX_BODY_CHARS ? text.substring(0, MAX_BODY_CHARS) + "..." : text;
    }
}
