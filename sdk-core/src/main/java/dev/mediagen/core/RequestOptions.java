package dev.mediagen.core;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** Per-call overrides: timeout, retry policy, idempotency key, extra headers, and a response listener. */
public final class RequestOptions {
    private static final RequestOptions NONE = builder().build();

    private final Duration timeout;
    private final RetryPolicy retryPolicy;
    private final String idempotencyKey;
    private final Map<String, String> headers;
    private final Consumer<ResponseInfo> responseListener;

    private RequestOptions(Builder b) {
        this.timeout = b.timeout;
        this.retryPolicy = b.retryPolicy;
        this.idempotencyKey = b.idempotencyKey;
        this.headers = Map.copyOf(b.headers);
        this.responseListener = b.responseListener;
    }

    /** No overrides. */
    public static RequestOptions none() {
        return NONE;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeout = timeout;
        b.retryPolicy = retryPolicy;
        b.idempotencyKey = idempotencyKey;
        b.headers.putAll(headers);
        b.responseListener = responseListener;
        return b;
    }

    /** Whole-call timeout for this call (each attempt), overriding the client's. */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** Retry policy for this call, overriding the client's. */
    public Optional<RetryPolicy> retryPolicy() {
        return Optional.ofNullable(retryPolicy);
    }

    /** The idempotency key to use instead of a generated one, where the vendor supports idempotency. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** Extra headers sent with the call. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Receives the final response's info (status, headers, request id) when the call gets a response. */
    public Optional<Consumer<ResponseInfo>> responseListener() {
        return Optional.ofNullable(responseListener);
    }

    @Override
    public String toString() {
        return "RequestOptions{timeout=" + timeout + ", retryPolicy=" + retryPolicy + ", idempotencyKey="
                + (idempotencyKey == null ? null : "set") + ", headers=" + headers.keySet() + "}";
    }

    /** Builds {@link RequestOptions}. */
    public static final class Builder {
        private Duration timeout;
        private RetryPolicy retryPolicy;
        private String idempotencyKey;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Consumer<ResponseInfo> responseListener;

        private Builder() {
        }

        /** Per-attempt whole-call timeout. */
        public Builder timeout(Duration timeout) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        /** Retry policy for this call. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        /** Shorthand for a retry policy with this many retries on top of the client's policy. */
        public Builder maxRetries(int maxRetries) {
            this.retryPolicy = (retryPolicy == null ? RetryPolicy.defaults() : retryPolicy).toBuilder()
                    .maxRetries(maxRetries).build();
            return this;
        }

        /** The idempotency key for a create call; the SDK generates one when this is not set. */
        public Builder idempotencyKey(String idempotencyKey) {
            if (idempotencyKey != null && idempotencyKey.isBlank()) {
                throw new IllegalArgumentException("idempotencyKey must not be blank");
            }
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        /** Adds a header to the call. */
        public Builder header(String name, String value) {
            headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Receives the final response's info. */
        public Builder responseListener(Consumer<ResponseInfo> responseListener) {
            this.responseListener = responseListener;
            return this;
        }

        /** Builds the options. */
        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
