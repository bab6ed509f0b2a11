package dev.mediagen.core.internal;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Bounds the calls handed to OkHttp at once. Callers beyond the limit wait in an O(1) queue without holding a
 * thread, so OkHttp's own ready queue stays empty and its threads never exceed the limit.
 */
public final class InFlightLimiter {
    private final int limit;
    private final Queue<CompletableFuture<Void>> waiting = new ConcurrentLinkedQueue<>();
    private int inFlight;

    /** Creates a limiter allowing {@code limit} calls at once. */
    public InFlightLimiter(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1");
        }
        this.limit = limit;
    }

    /** Completes when a slot is free; the caller must {@link #release()} it exactly once. */
    public CompletableFuture<Void> acquire() {
        synchronized (this) {
            if (inFlight < limit) {
                inFlight++;
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> ticket = new CompletableFuture<>();
            waiting.add(ticket);
            return ticket;
        }
    }

    /** Frees a slot, handing it to the oldest waiter that has not been cancelled. */
    public void release() {
        CompletableFuture<Void> next;
        synchronized (this) {
            while (true) {
                next = waiting.poll();
                if (next == null) {
                    inFlight--;
                    return;
                }
                if (!next.isDone()) {
                    break;
                }
            }
        }
        if (!next.complete(null)) {
            release();
        }
    }

    /** Calls currently holding a slot. */
    public synchronized int inFlight() {
        return inFlight;
    }

    /** Callers waiting for a slot. */
    public int queued() {
        return waiting.size();
    }
}
