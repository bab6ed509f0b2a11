package dev.mediagen.core.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Remembers delivery ids for a retention window (bounded in size) so a replayed delivery is rejected. */
public final class ReplayGuard {
    private final Duration retention;
    private final int maxEntries;
    private final Clock clock;
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    /** Keeps ids for {@code retention}, at most {@code maxEntries} of them (oldest evicted first). */
    public ReplayGuard(Duration retention, int maxEntries, Clock clock) {
        this.retention = Objects.requireNonNull(retention, "retention");
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be >= 1");
        }
        this.maxEntries = maxEntries;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Ten minutes, 100,000 ids, on the system clock. */
    public static ReplayGuard defaults() {
        return new ReplayGuard(Duration.ofMinutes(10), 100_000, Clock.systemUTC());
    }

    /** Records {@code id}; false when it was already seen within the retention window. */
    public synchronized boolean firstSeen(String id) {
        Instant now = clock.instant();
        expire(now);
        if (seen.containsKey(id)) {
            return false;
        }
        seen.put(id, now);
        if (seen.size() > maxEntries) {
            Iterator<String> oldest = seen.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    /**
     * Forgets {@code id}, e.g. when the handler failed after verification and the vendor will retry the same
     * delivery: without this the retry would be rejected as a replay and the event lost.
     */
    public synchronized void forget(String id) {
        seen.remove(id);
    }

    /** How many ids are remembered. */
    public synchronized int size() {
        return seen.size();
    }

    private void expire(Instant now) {
        Instant cutoff = now.minus(retention);
        Iterator<Map.Entry<String, Instant>> entries = seen.entrySet().iterator();
        while (entries.hasNext()) {
            if (entries.next().getValue().isAfter(cutoff)) {
                return;
            }
            entries.remove();
        }
    }
}
