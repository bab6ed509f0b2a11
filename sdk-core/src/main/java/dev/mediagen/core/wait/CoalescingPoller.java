package dev.mediagen.core.wait;

import dev.mediagen.core.Futures;
import dev.mediagen.core.time.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A {@link JobPoller} that gathers the polls requested within one {@code window} and, when there are at least
 * {@code batchThreshold} of them, answers them all from a single listing request instead of one request each.
 * Jobs the listing does not return fall back to their own poll. Below the threshold it polls one by one.
 *
 * <p>Vendors with a tight read budget set the threshold to the number of single polls the budget allows per
 * window, so polling many jobs never exceeds it.
 */
public final class CoalescingPoller<J> implements JobPoller<J> {
    private final JobPoller<J> single;
    private final BatchPoller<J> batch;
    private final int batchThreshold;
    private final Scheduler scheduler;
    private final Duration window;
    private Map<String, List<CompletableFuture<JobSnapshot<J>>>> gathering = new LinkedHashMap<>();
    private boolean flushScheduled;

    /** Creates the poller. */
    public CoalescingPoller(JobPoller<J> single, BatchPoller<J> batch, int batchThreshold, Scheduler scheduler,
                            Duration window) {
        this.single = Objects.requireNonNull(single, "single");
        this.batch = Objects.requireNonNull(batch, "batch");
        if (batchThreshold < 1) {
            throw new IllegalArgumentException("batchThreshold must be >= 1");
        }
        this.batchThreshold = batchThreshold;
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.window = Objects.requireNonNull(window, "window");
    }

    @Override
    public CompletableFuture<JobSnapshot<J>> poll(String jobId) {
        CompletableFuture<JobSnapshot<J>> result = new CompletableFuture<>();
        synchronized (this) {
            gathering.computeIfAbsent(jobId, id -> new ArrayList<>(1)).add(result);
            if (!flushScheduled) {
                flushScheduled = true;
                scheduler.schedule(this::flush, window);
            }
        }
        return result;
    }

    private void flush() {
        Map<String, List<CompletableFuture<JobSnapshot<J>>>> due;
        synchronized (this) {
            due = gathering;
            gathering = new LinkedHashMap<>();
            flushScheduled = false;
        }
        if (due.isEmpty()) {
            return;
        }
        if (due.size() < batchThreshold) {
            due.forEach(this::pollSingly);
            return;
        }
        CompletableFuture<Map<String, J>> listing;
        try {
            listing = batch.pollMany(List.copyOf(due.keySet()));
        } catch (RuntimeException e) {
            listing = CompletableFuture.failedFuture(e);
        }
        listing.whenComplete((found, error) -> {
            if (error != null) {
                RuntimeException failure = Futures.unwrap(error);
                due.values().forEach(waiters -> waiters.forEach(w -> w.completeExceptionally(failure)));
                return;
            }
            due.forEach((id, waiters) -> {
                J job = found.get(id);
                if (job != null) {
                    JobSnapshot<J> snapshot = JobSnapshot.of(job);
                    waiters.forEach(w -> w.complete(snapshot));
                } else {
                    pollSingly(id, waiters);
                }
            });
        });
    }

    private void pollSingly(String id, List<CompletableFuture<JobSnapshot<J>>> waiters) {
        CompletableFuture<JobSnapshot<J>> polled;
        try {
            polled = single.poll(id);
        } catch (RuntimeException e) {
            polled = CompletableFuture.failedFuture(e);
        }
        polled.whenComplete((snapshot, error) -> waiters.forEach(w -> {
            if (error != null) {
                w.completeExceptionally(Futures.unwrap(error));
            } else {
                w.complete(snapshot);
            }
        }));
    }
}
