package dev.mediagen.core.wait;

import dev.mediagen.core.time.Scheduler;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Waits for many vendor jobs at once on one scheduler: no thread per job and no sleeping loops. Each pending
 * wait is a small object whose next poll is a scheduled task; the poll itself is an asynchronous HTTP call.
 *
 * <p>Every wait ends in exactly one way: the job's result, {@link dev.mediagen.core.JobFailedException},
 * {@link dev.mediagen.core.WaitTimeoutException}, the poll's own non-transient error, or cancellation. A webhook
 * delivery passed to {@link #deliver} completes the same future early, whichever comes first.
 */
public final class JobWaiter {
    private final Scheduler scheduler;
    private final Executor callbackExecutor;
    private final Map<String, PendingWait<?>> pending = new ConcurrentHashMap<>();
    private final int maxConsecutivePollFailures;

    /** Creates a waiter that polls on {@code scheduler} and completes futures on {@code callbackExecutor}. */
    public JobWaiter(Scheduler scheduler, Executor callbackExecutor) {
        this(scheduler, callbackExecutor, 5);
    }

    /** Like the two-argument constructor, failing a wait after {@code maxConsecutivePollFailures} transient failures. */
    public JobWaiter(Scheduler scheduler, Executor callbackExecutor, int maxConsecutivePollFailures) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.callbackExecutor = Objects.requireNonNull(callbackExecutor, "callbackExecutor");
        this.maxConsecutivePollFailures = maxConsecutivePollFailures;
    }

    /**
     * Starts waiting for a job. {@code initial} is the job as the create call returned it (or null); the first
     * poll happens after the strategy's (or the server's) first delay.
     */
    public <J> JobFuture<J> await(JobType<J> type, String jobId, J initial, WaitOptions options) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(options, "options");
        String key = key(type, jobId);
        PendingWait<J> wait = new PendingWait<>(this, type, jobId, key, options);
        // A second wait for the same job takes over webhook deliveries; the first keeps polling to its own end.
        pending.put(key, wait);
        wait.start(initial);
        return wait.future();
    }

    /**
     * Offers a job state that arrived out of band (a webhook delivery). A terminal state completes the pending
     * wait at once; returns whether a wait for that job was pending.
     */
    public <J> boolean deliver(JobType<J> type, String jobId, J job) {
        @SuppressWarnings("unchecked")
        PendingWait<J> wait = (PendingWait<J>) pending.get(key(type, jobId));
        if (wait == null) {
            return false;
        }
        wait.observe(job, null);
        return true;
    }

    /**
     * Polls a pending job now instead of at its next scheduled time (e.g. when an unsigned webhook says it
     * finished: the poll fetches the authoritative state). Returns whether a wait for that job was pending.
     */
    public boolean pollNow(JobType<?> type, String jobId) {
        PendingWait<?> wait = pending.get(key(type, jobId));
        if (wait == null) {
            return false;
        }
        wait.pollNow();
        return true;
    }

    /** The number of waits not yet finished. */
    public int pendingCount() {
        return pending.size();
    }

    Scheduler scheduler() {
        return scheduler;
    }

    Executor callbackExecutor() {
        return callbackExecutor;
    }

    int maxConsecutivePollFailures() {
        return maxConsecutivePollFailures;
    }

    void finished(String key, PendingWait<?> wait) {
        pending.remove(key, wait);
    }

    private static String key(JobType<?> type, String jobId) {
        return type.name() + ':' + jobId;
    }
}
