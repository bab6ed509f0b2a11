package dev.mediagen.testkit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * VideoGen's per-key, per-endpoint hourly limits: each group counts requests in fixed hour windows and answers
 * with {@code X-RateLimit-Limit}, {@code -Remaining} and {@code -Reset} (Unix seconds of the window's end).
 */
final class VideoGenSimRateLimits {
    private final Clock clock;
    private final Map<String, Integer> limits = new ConcurrentHashMap<>();
    private final Map<String, long[]> counters = new ConcurrentHashMap<>();

    VideoGenSimRateLimits(Clock clock) {
        this.clock = clock;
    }

    void limit(String group, int perHour) {
        limits.put(group, perHour);
    }

    Integer limitOf(String group) {
        return limits.get(group);
    }

    /** Counts one request; returns the headers' values, or throws the 429 when the window is used up. */
    long[] take(String apiKey, String group) {
        Integer limit = limits.get(group);
        if (limit == null) {
            return null;
        }
        long now = clock.instant().getEpochSecond();
        long window = now - Math.floorMod(now, 3600);
        long reset = window + 3600;
        long[] counter = counters.compute(apiKey + " " + group, (key, old) ->
                old == null || old[0] != window ? new long[] {window, 0} : old);
        synchronized (counter) {
            if (counter[1] >= limit) {
                SimResponse response = VideoGenSimErrors.error(429, "rate_limited",
                        "Rate limit of " + limit + " requests per hour exceeded for " + group);
                headers(response, limit, 0, reset);
                throw VideoGenSimErrors.fail(response);
            }
            counter[1]++;
            return new long[] {limit, limit - counter[1], reset};
        }
    }

    static SimResponse headers(SimResponse response, long limit, long remaining, long reset) {
        return response.header("X-RateLimit-Limit", limit).header("X-RateLimit-Remaining", remaining)
                .header("X-RateLimit-Reset", reset);
    }

    /** The 429 of a window that resets after {@code retryAfter}. */
    SimResponse limited(Duration retryAfter) {
        java.time.Instant at = clock.instant().plus(retryAfter);
        long reset = at.getEpochSecond() + (at.getNano() > 0 ? 1 : 0);
        return VideoGenSimErrors.error(429, "rate_limited", "Rate limit exceeded")
                .header("X-RateLimit-Remaining", 0).header("X-RateLimit-Reset", reset);
    }
}
