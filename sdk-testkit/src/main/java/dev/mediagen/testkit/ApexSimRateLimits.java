package dev.mediagen.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Apex simulator's rate limits: one sliding log per endpoint class, so no window of the documented length ever
 * admits more than the documented number of requests (generation 5 per 10 s, reads 20 per 10 s, uploads and deletes
 * 10 per 60 s, outbound calls 200 per hour).
 */
final class ApexSimRateLimits {
    static final String GENERATE = "generate";
    static final String READ = "read";
    static final String UPLOAD = "upload";
    static final String DELETE = "delete";
    static final String OUTBOUND_CALL = "outbound-call";

    private final Map<String, Window> windows = new LinkedHashMap<>();
    private int rejected;

    ApexSimRateLimits() {
        windows.put(GENERATE, new Window(5, Duration.ofSeconds(10)));
        windows.put(READ, new Window(20, Duration.ofSeconds(10)));
        windows.put(UPLOAD, new Window(10, Duration.ofSeconds(60)));
        windows.put(DELETE, new Window(10, Duration.ofSeconds(60)));
        windows.put(OUTBOUND_CALL, new Window(200, Duration.ofHours(1)));
    }

    /** Admits or rejects one request of {@code endpointClass} at {@code now}. */
    synchronized Decision admit(String endpointClass, Instant now) {
        Window window = windows.get(endpointClass);
        if (window == null) {
            return null;
        }
        window.expire(now);
        if (window.accepted.size() >= window.limit) {
            rejected++;
            Instant reset = window.accepted.peekFirst().plus(window.length);
            return new Decision(false, window.limit, 0, reset);
        }
        window.accepted.addLast(now);
        window.peak = Math.max(window.peak, window.accepted.size());
        Instant reset = window.accepted.peekFirst().plus(window.length);
        return new Decision(true, window.limit, window.limit - window.accepted.size(), reset);
    }

    /** How many requests were rejected with 429. */
    synchronized int rejected() {
        return rejected;
    }

    /** The most requests admitted within any window so far, per class (for assertions). */
    synchronized Map<String, Integer> peaks() {
        Map<String, Integer> peaks = new LinkedHashMap<>();
        windows.forEach((name, window) -> peaks.put(name, window.peak));
        return peaks;
    }

    /** One class's sliding log. */
    private static final class Window {
        final int limit;
        final Duration length;
        final Deque<Instant> accepted = new ArrayDeque<>();
        int peak;

        Window(int limit, Duration length) {
            this.limit = limit;
            this.length = length;
        }

        void expire(Instant now) {
            Instant cutoff = now.minus(length);
            while (!accepted.isEmpty() && !accepted.peekFirst().isAfter(cutoff)) {
                accepted.removeFirst();
            }
        }
    }

    /** The outcome for one request: admitted or not, and the header values. */
    static final class Decision {
        final boolean admitted;
        final int limit;
        final int remaining;
        final Instant reset;

        Decision(boolean admitted, int limit, int remaining, Instant reset) {
            this.admitted = admitted;
            this.limit = limit;
            this.remaining = remaining;
            this.reset = reset;
        }
    }
}
