package dev.mediagen.core;

import java.time.Duration;
import java.util.Optional;

/** What came back besides the body: status, headers, request id, rate-limit state, attempts and latency. */
public final class ResponseInfo {
    private final int statusCode;
    private final Headers headers;
    private final String requestId;
    private final RateLimitState rateLimit;
    private final int attempts;
    private final Duration latency;

    /** Creates the info of one final response. */
    public ResponseInfo(int statusCode, Headers headers, String requestId, RateLimitState rateLimit, int attempts,
                        Duration latency) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.requestId = requestId;
        this.rateLimit = rateLimit;
        this.attempts = attempts;
        this.latency = latency;
    }

    /** The HTTP status of the final attempt. */
    public int statusCode() {
        return statusCode;
    }

    /** The response headers of the final attempt. */
    public Headers headers() {
        return headers;
    }

    /** The vendor's request id, when it sent one. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The parsed rate-limit headers, when the vendor sent any. */
    public Optional<RateLimitState> rateLimit() {
        return Optional.ofNullable(rateLimit);
    }

    /** How many attempts the call took (1 when it was not retried). */
    public int attempts() {
        return attempts;
    }

    /** Time from the first attempt to the final response. */
    public Duration latency() {
        return latency;
    }

    @Override
    public String toString() {
        return "ResponseInfo{status=" + statusCode + ", requestId=" + requestId + ", attempts=" + attempts
                + ", rateLimit=" + rateLimit + "}";
    }
}
