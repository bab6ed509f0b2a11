package dev.mediagen.videogen.model;

import dev.mediagen.core.MediaGenException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/** VideoGen's error body: a message, a snake_case code, what would resolve it, and an internal code for support. */
public final class ApiError {
    /** The key under which a decoded {@link ApiError} travels in an exception's extra details. */
    public static final String DETAILS_KEY = "apiError";

    private String message;
    private String code;
    private Requirement requirement;
    private String internalErrorCode;

    private ApiError() {
    }

    /** The {@link ApiError} a VideoGen call failed with, when the exception came from an error response. */
    public static Optional<ApiError> from(MediaGenException exception) {
        Object value = exception.details().extra().get(DETAILS_KEY);
        return value instanceof ApiError ? Optional.of((ApiError) value) : Optional.empty();
    }

    /** The human-readable description (do not branch on it). */
    public String message() {
        return message == null ? "" : message;
    }

    /** The machine-readable code, e.g. {@code invalid_api_key} or {@code insufficient_credits}. */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** What is needed to resolve the error, e.g. purchasing an add-on. */
    public Optional<Requirement> requirement() {
        return Optional.ofNullable(requirement);
    }

    /** An opaque code to quote to VideoGen support. */
    public Optional<String> internalErrorCode() {
        return Optional.ofNullable(internalErrorCode);
    }

    @Override
    public String toString() {
        return "ApiError{code=" + code + ", message=" + message + ", requirement=" + requirement
                + ", internalErrorCode=" + internalErrorCode + "}";
    }

    /** A requirement that would resolve an error, such as {@code purchase_add_on} or {@code upgrade_plan}. */
    public static final class Requirement {
        private String type;
        private Map<String, String> details;

        private Requirement() {
        }

        /** The requirement's type, e.g. {@code purchase_add_on}. */
        public String type() {
            return type == null ? "" : type;
        }

        /** Details of the requirement (e.g. which add-on). */
        public Map<String, String> details() {
            return details == null ? Map.of() : Collections.unmodifiableMap(details);
        }

        @Override
        public String toString() {
            return "Requirement{type=" + type + ", details=" + details + "}";
        }
    }
}
