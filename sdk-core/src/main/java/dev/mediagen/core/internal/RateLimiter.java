package dev.mediagen.core.internal;

import dev.mediagen.core.ErrorDetails;
import dev.mediagen.core.RateLimit;
import dev.mediagen.core.RateLimitException;
import dev.mediagen.core.RateLimitState;
import dev.mediagen.core.time.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Client-side pacing per endpoint class. Each class keeps the grant times of its last {@code permits} requests
 * (a sliding log), so no window of the documented length ever holds more than the documented number of calls:
 * unlike a token bucket, a burst followed by steady traffic cannot exceed a fixed- or sliding-window server limit.
 * Waiting callers get a future completed by the scheduler; no thread waits. The vendor's
 * {@code X-RateLimit-*} headers and 429 delays correct the local view.
 */
public final class RateLimiter {
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Scheduler scheduler;
    private final Duration margin;

    /** Creates a limiter for the given limits; {@code margin} is added to every wait to absorb clock skew. */
    public RateLimiter(Map<String, RateLimit> limits, Scheduler scheduler, Duration margin) {
        this.scheduler = scheduler;
        this.margin = margin;
        limits.forEach((endpointClass, limit) -> windows.put(endpointClass, new Window(limit)));
    }

    /** Completes when a call of {@code endpointClass} may be sent (at once when the class has no limit). */
    public CompletableFuture<Void> acquire(String endpointClass) {
        return acquire(endpointClass, null);
    }

    /**
     * Like {@link #acquire(String)}, but when the vendor has declared the window exhausted until further than
     * {@code maxServerWait} ahead, fails at once with a {@link RateLimitException} whose {@code retryAfter()} says
     * when, instead of holding the call (e.g. an hourly limit used up). The caller's own burst is always paced.
     */
    public CompletableFuture<Void> acquire(String endpointClass, Duration maxServerWait) {
        Window window = endpointClass == null ? null : windows.get(endpointClass);
        if (window == null) {
            return CompletableFuture.completedFuture(null);
        }
        Instant now = scheduler.clock().instant();
        Duration blocked = window.blockedFor(now);
        if (maxServerWait != null && blocked.compareTo(maxServerWait) > 0) {
            return CompletableFuture.failedFuture(new RateLimitException("The vendor's " + endpointClass
                    + " limit is used up for another " + blocked.toSeconds() + " s", ErrorDetails.none(), null, blocked));
        }
        Instant grant = window.reserve(now, margin);
        if (!grant.isAfter(now)) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> ready = new CompletableFuture<>();
        scheduler.schedule(() -> ready.complete(null), Duration.between(now, grant));
        return ready;
    }

    /** Feeds the vendor's view of the window after a response. */
    public void observe(String endpointClass, RateLimitState state) {
        Window window = endpointClass == null ? null : windows.get(endpointClass);
        if (window == null || state == null) {
            return;
        }
        if (state.remaining().isPresent() && state.remaining().getAsLong() <= 0 && state.reset().isPresent()) {
            window.blockUntil(state.reset().get());
        }
    }

    /** Blocks the class after a 429 until the server's retry moment. */
    public void blockFor(String endpointClass, Duration delay) {
        Window window = endpointClass == null ? null : windows.get(endpointClass);
        if (window != null && delay != null) {
            window.blockUntil(scheduler.clock().instant().plus(delay));
        }
    }

    /** The sliding log of one endpoint class. */
    private static final class Window {
        private final Duration length;
        private final Instant[] grants;
        private int next;
        private Instant blockedUntil = Instant.MIN;

        Window(RateLimit limit) {
            this.length = limit.window();
            this.grants = new Instant[limit.permits()];
        }

        synchronized Instant reserve(Instant now, Duration margin) {
            Instant oldest = grants[next];
            Instant grant = now;
            if (oldest != null) {
                Instant freed = oldest.plus(length).plus(margin);
                if (freed.isAfter(grant)) {
                    grant = freed;
                }
            }
            if (blockedUntil.isAfter(grant)) {
                grant = blockedUntil.plus(margin);
            }
            grants[next] = grant;
            next = (next + 1) % grants.length;
            return grant;
        }

        synchronized Duration blockedFor(Instant now) {
            return blockedUntil.isAfter(now) ? Duration.between(now, blockedUntil) : Duration.ZERO;
        }

        synchronized void blockUntil(Instant until) {
            if (until.isAfter(blockedUntil)) {
                blockedUntil = until;
            }
        }
    }
}
