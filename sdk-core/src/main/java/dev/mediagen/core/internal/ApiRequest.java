package dev.mediagen.core.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One logical API call as a vendor service describes it: method, path, query, JSON body, the endpoint class
 * its rate limit belongs to, whether it creates paid work, and the idempotency key that makes re-sending safe.
 */
public final class ApiRequest {
    private final String method;
    private final String path;
    private final String absoluteUrl;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final Object jsonBody;
    private final byte[] rawBody;
    private final String rawContentType;
    private final String endpointClass;
    private final boolean paidWork;
    private final String idempotencyKey;
    private final boolean authenticated;

    private ApiRequest(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.absoluteUrl = b.absoluteUrl;
        this.query = Collections.unmodifiableMap(new LinkedHashMap<>(b.query));
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.jsonBody = b.jsonBody;
        this.rawBody = b.rawBody;
        this.rawContentType = b.rawContentType;
        this.endpointClass = b.endpointClass;
        this.paidWork = b.paidWork;
        this.idempotencyKey = b.idempotencyKey;
        this.authenticated = b.authenticated;
    }

    /** A GET of {@code path} (relative to the client's base URL). */
    public static Builder get(String path) {
        return new Builder("GET", path);
    }

    /** A POST to {@code path}. */
    public static Builder post(String path) {
        return new Builder("POST", path);
    }

    /** A PUT to {@code path}. */
    public static Builder put(String path) {
        return new Builder("PUT", path);
    }

    /** A PATCH to {@code path}. */
    public static Builder patch(String path) {
        return new Builder("PATCH", path);
    }

    /** A DELETE of {@code path}. */
    public static Builder delete(String path) {
        return new Builder("DELETE", path);
    }

    /** Percent-encodes one path segment (an id), so it can never change the path's shape. */
    public static String segment(String value) {
        if (value == null || value.isBlank()) {
            throw new dev.mediagen.core.ValidationException("id must not be blank");
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The path relative to the base URL. */
    public String path() {
        return path;
    }

    /** An absolute URL that replaces base URL and path (e.g. a presigned upload URL). */
    public Optional<String> absoluteUrl() {
        return Optional.ofNullable(absoluteUrl);
    }

    /** Query parameters in order. */
    public Map<String, String> query() {
        return query;
    }

    /** Extra headers of this request. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The object serialized as the JSON body. */
    public Optional<Object> jsonBody() {
        return Optional.ofNullable(jsonBody);
    }

    /** A raw (non-JSON) body. */
    public Optional<byte[]> rawBody() {
        return Optional.ofNullable(rawBody);
    }

    /** The content type of the raw body. */
    public Optional<String> rawContentType() {
        return Optional.ofNullable(rawContentType);
    }

    /** The rate-limit class of the endpoint, when the vendor has documented limits. */
    public Optional<String> endpointClass() {
        return Optional.ofNullable(endpointClass);
    }

    /** Whether the call creates paid work (so it is re-sent only when that is provably safe). */
    public boolean paidWork() {
        return paidWork;
    }

    /** The idempotency key carried by the request (in the body or a header), if any. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }

    /** Whether the Authorization header is sent. */
    public boolean authenticated() {
        return authenticated;
    }

    @Override
    public String toString() {
        return method + " " + (absoluteUrl != null ? Redaction.url(absoluteUrl) : path);
    }

    /** Builds an {@link ApiRequest}. */
    public static final class Builder {
        private final String method;
        private final String path;
        private String absoluteUrl;
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Object jsonBody;
        private byte[] rawBody;
        private String rawContentType;
        private String endpointClass;
        private boolean paidWork;
        private String idempotencyKey;
        private boolean authenticated = true;

        private Builder(String method, String path) {
            this.method = method;
            this.path = Objects.requireNonNull(path, "path");
        }

        /** Sends to this absolute URL instead of base URL + path. */
        public Builder absoluteUrl(String url) {
            this.absoluteUrl = url;
            return this;
        }

        /** Adds a query parameter; null values are skipped. */
        public Builder query(String name, Object value) {
            if (value != null) {
                query.put(name, String.valueOf(value));
            }
            return this;
        }

        /** Adds a header. */
        public Builder header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        /** Sets the object serialized as the JSON body. */
        public Builder json(Object body) {
            this.jsonBody = body;
            return this;
        }

        /** Sets a raw body with its content type. */
        public Builder raw(byte[] body, String contentType) {
            this.rawBody = body;
            this.rawContentType = contentType;
            return this;
        }

        /** Names the rate-limit class of the endpoint. */
        public Builder endpointClass(String endpointClass) {
            this.endpointClass = endpointClass;
            return this;
        }

        /** Marks the call as creating paid work, protected by {@code idempotencyKey} when non-null. */
        public Builder paidWork(String idempotencyKey) {
            this.paidWork = true;
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        /** Sends the request without the Authorization header. */
        public Builder unauthenticated() {
            this.authenticated = false;
            return this;
        }

        /** Builds the request. */
        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
