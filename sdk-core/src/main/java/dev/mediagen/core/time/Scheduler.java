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

    /**
     * Marks the start of asynchronous work (an HTTP exchange) that time should wait for; the returned handle
     * ends it. Real schedulers ignore it; a {@link VirtualScheduler} does not jump its clock while work is open,
     * so a simulator following that clock never sees a request arrive "late".
     */
    default Work beginWork() {
        return Work.NONE;
    }

    /** An open piece of asynchronous work. */
    interface Work {
        /** A handle that tracks nothing. */
        Work NONE = () -> { };

        /** Ends the work (idempotent). */
        void end();
    }

    /** A scheduled task that can be called off. */
    interface Cancellable {
        /** Prevents the task from running if it has not started. */
        void cancel();
    }
}
