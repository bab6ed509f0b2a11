package dev.mediagen.core.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a vendor's error body said, decoded by the vendor module: code, message, optional kind override, extras. */
public final class VendorError {
    /** An error body that said nothing usable. */
    public static final VendorError EMPTY = builder().build();

    private final String code;
    private final String message;
    private final ErrorKind kind;
    private final Map<String, Object> extra;
    private final BigDecimal required;
    private final BigDecimal available;

    private VendorError(Builder b) {
        this.code = b.code;
        this.message = b.message;
        this.kind = b.kind;
        this.extra = b.extra;
        this.required = b.required;
        this.available = b.available;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The vendor's code, or null. */
    public String code() {
        return code;
    }

    /** The vendor's message, or null. */
    public String message() {
        return message;
    }

    /** The kind the vendor's code implies, or null to derive it from the status. */
    public ErrorKind kind() {
        return kind;
    }

    /** Vendor-specific extra fields. */
    public Map<String, Object> extra() {
        return extra;
    }

    /** Credits or money required, for credits errors. */
    public BigDecimal required() {
        return required;
    }

    /** Credits or money available, for credits errors. */
    public BigDecimal available() {
        return available;
    }

    /** Builds a {@link VendorError}. */
    public static final class Builder {
        private String code;
        private String message;
        private ErrorKind kind;
        private final Map<String, Object> extra = new LinkedHashMap<>();
        private BigDecimal required;
        private BigDecimal available;

        private Builder() {
        }

        /** Sets the code. */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /** Sets the message. */
        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /** Overrides the kind derived from the status. */
        public Builder kind(ErrorKind kind) {
            this.kind = kind;
            return this;
        }

        /** Adds an extra field (null values skipped). */
        public Builder extra(String name, Object value) {
            if (value != null) {
                extra.put(name, value);
            }
            return this;
        }

        /** Sets the amounts of a credits error. */
        public Builder credits(BigDecimal required, BigDecimal available) {
            this.required = required;
            this.available = available;
            return this;
        }

        /** Builds the error. */
        public VendorError build() {
            return new VendorError(this);
        }
    }
}
