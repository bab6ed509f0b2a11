package dev.mediagen.core.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediagen.core.RateLimit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Everything the runtime needs to know about one vendor's conventions. */
public final class VendorProfile {
    private final String name;
    private final ObjectMapper json;
    private final ErrorDecoder errorDecoder;
    private final Map<String, RateLimit> rateLimits;
    private final ResetFormat resetFormat;
    private final List<String> requestIdHeaders;
    private final String idempotencyHeader;

    private VendorProfile(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.json = Objects.requireNonNull(b.json, "json");
        this.errorDecoder = Objects.requireNonNull(b.errorDecoder, "errorDecoder");
        this.rateLimits = Map.copyOf(b.rateLimits);
        this.resetFormat = b.resetFormat;
        this.requestIdHeaders = List.copyOf(b.requestIdHeaders);
        this.idempotencyHeader = b.idempotencyHeader;
    }

    /** A builder for the vendor called {@code name} (lower case, used in User-Agent, logs and errors). */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The vendor's short name. */
    public String name() {
        return name;
    }

    /** The vendor's JSON mapper. */
    public ObjectMapper json() {
        return json;
    }

    /** The vendor's error body decoder. */
    public ErrorDecoder errorDecoder() {
        return errorDecoder;
    }

    /** The documented limits per endpoint class. */
    public Map<String, RateLimit> rateLimits() {
        return rateLimits;
    }

    /** How the vendor writes X-RateLimit-Reset. */
    public ResetFormat resetFormat() {
        return resetFormat;
    }

    /** Header names that carry the vendor's request id, in preference order. */
    public List<String> requestIdHeaders() {
        return requestIdHeaders;
    }

    /** The header that carries an idempotency key, or null when the key travels in the body. */
    public String idempotencyHeader() {
        return idempotencyHeader;
    }

    /** Builds a {@link VendorProfile}. */
    public static final class Builder {
        private final String name;
        private ObjectMapper json = Json.snakeCase();
        private ErrorDecoder errorDecoder = response -> VendorError.EMPTY;
        private final Map<String, RateLimit> rateLimits = new LinkedHashMap<>();
        private ResetFormat resetFormat = ResetFormat.AUTO;
        private List<String> requestIdHeaders = List.of("x-request-id", "request-id", "x-correlation-id");
        private String idempotencyHeader;

        private Builder(String name) {
            this.name = name;
        }

        /** Sets the JSON mapper ({@link Json#snakeCase()} or {@link Json#camelCase()}). */
        public Builder json(ObjectMapper json) {
            this.json = json;
            return this;
        }

        /** Sets the error decoder. */
        public Builder errorDecoder(ErrorDecoder errorDecoder) {
            this.errorDecoder = errorDecoder;
            return this;
        }

        /** Declares a documented limit for an endpoint class. */
        public Builder rateLimit(String endpointClass, RateLimit limit) {
            rateLimits.put(endpointClass, limit);
            return this;
        }

        /** Sets how X-RateLimit-Reset is written. */
        public Builder resetFormat(ResetFormat resetFormat) {
            this.resetFormat = resetFormat;
            return this;
        }

        /** Sets the request-id header names. */
        public Builder requestIdHeaders(List<String> names) {
            this.requestIdHeaders = names;
            return this;
        }

        /** Sets the idempotency header name. */
        public Builder idempotencyHeader(String name) {
            this.idempotencyHeader = name;
            return this;
        }

        /** Builds the profile. */
        public VendorProfile build() {
            return new VendorProfile(this);
        }
    }
}
