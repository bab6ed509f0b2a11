package dev.mediagen.core.time;

import java.time.Clock;
import java.time.Duration;

/**
 * The SDK's only source of time and delay: retries, polling, rate limits and token expiry all go through it,
 * so tests can swap in a {@link VirtualScheduler} and never sleep for real.
 */
public interface Scheduler {

    /** The clock every time-dependent decision reads. */
    Clock clock();

    /** Runs {@code task} once after {@code delay}; the task must be short and never block. */
    Cancellable schedule(Runnable task, Duration delay);

    /** A scheduled task that can be called off. */
    interface Cancellable {
        /** Prevents the task from running if it has not started. */
        void cancel();
    }
}
