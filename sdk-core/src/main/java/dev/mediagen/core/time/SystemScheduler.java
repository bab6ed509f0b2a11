package dev.mediagen.core.time;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link Scheduler} on the system clock backed by a small pool of daemon threads, whatever the number of tasks. */
public final class SystemScheduler implements Scheduler, AutoCloseable {
    private final ScheduledThreadPoolExecutor executor;
    private final Clock clock;

    /** Creates a scheduler with {@code threads} daemon threads named {@code namePrefix-N}. */
    public SystemScheduler(int threads, String namePrefix) {
        AtomicInteger counter = new AtomicInteger();
        this.executor = new ScheduledThreadPoolExecutor(threads, runnable -> {
            Thread thread = new Thread(runnable, namePrefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.executor.setRemoveOnCancelPolicy(true);
        this.executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.clock = Clock.systemUTC();
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Cancellable schedule(Runnable task, Duration delay) {
        long nanos = Math.max(0, delay.toNanos());
        ScheduledFuture<?> future = executor.schedule(task, nanos, TimeUnit.NANOSECONDS);
        return () -> future.cancel(false);
    }

    /** The number of tasks waiting to run. */
    public int pendingTasks() {
        return executor.getQueue().size();
    }

    /** Stops the threads; pending tasks are dropped. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
