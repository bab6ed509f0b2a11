package dev.mediagen.core;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** What a failed response said: status, vendor code and message, request id, headers, raw body, extra fields. */
public final class ErrorDetails {
    private static final ErrorDetails NONE = builder().build();

    private final Integer statusCode;
    private final String errorCode;
    private final String vendorMessage;
    private final String requestId;
    private final Headers headers;
    private final String rawBody;
    private final String vendor;
    private final Map<String, Object> extra;

    private ErrorDetails(Builder b) {
        this.statusCode = b.statusCode;
        this.errorCode = b.errorCode;
        this.vendorMessage = b.vendorMessage;
        this.requestId = b.requestId;
        this.headers = b.headers == null ? Headers.empty() : b.headers;
        this.rawBody = b.rawBody;
        this.vendor = b.vendor;
        this.extra = b.extra == null ? Map.of() : Map.copyOf(b.extra);
    }

    /** Details of a failure that had no response. */
    public static ErrorDetails none() {
        return NONE;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with these details. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.statusCode = statusCode;
        b.errorCode = errorCode;
        b.vendorMessage = vendorMessage;
        b.requestId = requestId;
        b.headers = headers;
        b.rawBody = rawBody;
        b.vendor = vendor;
        b.extra = extra;
        return b;
    }

    /** The HTTP status. */
    public OptionalInt statusCode() {
        return statusCode == null ? OptionalInt.empty() : OptionalInt.of(statusCode);
    }

    /** The vendor's error code. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** The vendor's error message. */
    public Optional<String> vendorMessage() {
        return Optional.ofNullable(vendorMessage);
    }

    /** The vendor's request id. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The response headers. */
    public Headers headers() {
        return headers;
    }

    /** The raw response body. */
    public Optional<String> rawBody() {
        return Optional.ofNullable(rawBody);
    }

    /** The vendor name. */
    public Optional<String> vendor() {
        return Optional.ofNullable(vendor);
    }

    /** Vendor-specific extra fields of the error (e.g. {@code details}, {@code suggestions}). */
    public Map<String, Object> extra() {
        return extra;
    }

    @Override
    public String toString() {
        return "ErrorDetails{status=" + statusCode + ", code=" + errorCode + ", message=" + vendorMessage
                + ", requestId=" + requestId + ", vendor=" + vendor + "}";
    }

    /** Builds {@link ErrorDetails}. */
    public static final class Builder {
        private Integer statusCode;
        private String errorCode;
        private String vendorMessage;
        private String requestId;
        private Headers headers;
        private String rawBody;
        private String vendor;
        private Map<String, Object> extra;

        private Builder() {
        }

        /** Sets the HTTP status. */
        public Builder statusCode(int statusCode) {
            this.statusCode = statusCode;
            return this;
        }

        /** Sets the vendor error code. */
        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /** Sets the vendor message. */
        public Builder vendorMessage(String vendorMessage) {
            this.vendorMessage = vendorMessage;
            return this;
        }

        /** Sets the request id. */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /** Sets the response headers. */
        public Builder headers(Headers headers) {
            this.headers = headers;
            return this;
        }

        /** Sets the raw body. */
        public Builder rawBody(String rawBody) {
            this.rawBody = rawBody;
            return this;
        }

        /** Sets the vendor name. */
        public Builder vendor(String vendor) {
            this.vendor = vendor;
            return this;
        }

        /** Sets vendor-specific extra fields (null values are dropped). */
        public Builder extra(Map<String, ?> extra) {
            java.util.LinkedHashMap<String, Object> copy = new java.util.LinkedHashMap<>();
            extra.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k, v);
                }
            });
            this.extra = copy;
            return this;
        }

        /** Builds the details. */
        public ErrorDetails build() {
            return new ErrorDetails(this);
        }
    }
}
