package dev.mediagen.core.internal;

/** The meaning of an error, which selects the exception type. */
public enum ErrorKind {
    /** 401. */
    AUTHENTICATION,
    /** 403, tier and plan gates. */
    PERMISSION_DENIED,
    /** 404. */
    NOT_FOUND,
    /** 409. */
    CONFLICT,
    /** 400, 422 and client-side validation. */
    VALIDATION,
    /** 402 and vendor credits codes. */
    INSUFFICIENT_CREDITS,
    /** 429. */
    RATE_LIMIT,
    /** 5xx. */
    SERVER,
    /** Anything else. */
    OTHER;

    /** The kind an HTTP status means when the vendor's code says nothing more specific. */
    public static ErrorKind forStatus(int status) {
        switch (status) {
            case 400:
            case 422:
                return VALIDATION;
            case 401:
                return AUTHENTICATION;
            case 402:
                return INSUFFICIENT_CREDITS;
            case 403:
                return PERMISSION_DENIED;
            case 404:
            case 410:
                return NOT_FOUND;
            case 409:
                return CONFLICT;
            case 429:
                return RATE_LIMIT;
            default:
                return status >= 500 ? SERVER : OTHER;
        }
    }
}
