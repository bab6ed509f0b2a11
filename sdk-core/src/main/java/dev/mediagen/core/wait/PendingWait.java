package dev.mediagen.core.wait;

import dev.mediagen.core.ConnectionException;
import dev.mediagen.core.ErrorDetails;
import dev.mediagen.core.Futures;
import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.RateLimitException;
import dev.mediagen.core.ServerException;
import dev.mediagen.core.WaitTimeoutException;
import dev.mediagen.core.time.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalDouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The state of one wait: its deadline, poll count, last status and next scheduled poll. */
final class PendingWait<J> {
    private static final Logger LOG = LoggerFactory.getLogger(JobWaiter.class);

    private final JobWaiter waiter;
    private final JobType<J> type;
    private final String jobId;
    private final String key;
    private final WaitOptions options;
    private final PollStrategy strategy;
    private final JobFuture<J> future;
    private final Instant startedAt;
    private final Instant deadline;
    private int polls;
    private int consecutiveFailures;
    private String lastStatus;
    private double lastProgress = Double.NaN;
    private J lastJob;
    private boolean finished;
    private boolean pollAgainAtOnce;
    private Scheduler.Cancellable nextPoll;

    PendingWait(JobWaiter waiter, JobType<J> type, String jobId, String key, WaitOptions options) {
        this.waiter = waiter;
        this.type = type;
        this.jobId = jobId;
        this.key = key;
        this.options = options;
        this.strategy = options.pollStrategy().orElse(type.defaultPollStrategy());
        this.future = new JobFuture<>(jobId);
        this.startedAt = waiter.scheduler().clock().instant();
        this.deadline = startedAt.plus(options.timeout());
        future.onCancel(this::cancelled);
    }

    JobFuture<J> future() {
        return future;
    }

    void start(J initial) {
        if (initial != null) {
            // observe() schedules the first poll itself when the job is still pending; scheduling here as well
            // would race with that poll (it may already have run) and start a second poll chain.
            observe(initial, null);
            return;
        }
        synchronized (this) {
            schedule(strategy.delay(0));
        }
    }

    void pollNow() {
        Scheduler.Cancellable scheduled;
        synchronized (this) {
            if (finished) {
                return;
            }
            if (nextPoll == null) {
                // A poll is in flight: its answer may predate the news, so poll again as soon as it is back.
                pollAgainAtOnce = true;
                return;
            }
            scheduled = nextPoll;
        }
        scheduled.cancel();
        poll();
    }

    private void poll() {
        synchronized (this) {
            nextPoll = null;
            if (finished) {
                return;
            }
            polls++;
        }
        try {
            type.poller().poll(jobId).whenComplete((snapshot, error) -> {
                if (error != null) {
                    pollFailed(Futures.unwrap(error));
                } else {
                    observe(snapshot.job(), snapshot.retryAfter().orElse(null));
                }
            });
        } catch (RuntimeException e) {
            pollFailed(e);
        }
    }

    void observe(J job, Duration serverHint) {
        JobClassifier<J> classifier = type.classifier();
        JobState state = classifier.state(job);
        String status = classifier.status(job);
        OptionalDouble progress = classifier.progress(job);
        JobUpdate update = null;
        synchronized (this) {
            if (finished) {
                return;
            }
            consecutiveFailures = 0;
            lastJob = job;
            double progressValue = progress.isPresent() ? progress.getAsDouble() : Double.NaN;
            boolean statusChanged = lastStatus == null || !lastStatus.equals(status);
            boolean progressChanged = progress.isPresent() && progressValue != lastProgress;
            if (statusChanged || progressChanged) {
                update = new JobUpdate(jobId, status, lastStatus, progressValue, elapsed(), job);
            }
            lastStatus = status;
            if (progress.isPresent()) {
                lastProgress = progressValue;
            }
        }
        notifyListener(update);
        switch (state) {
            case SUCCEEDED:
                finish(() -> future.complete(job));
                break;
            case FAILED:
            case CANCELLED:
                finish(() -> future.completeExceptionally(failure(job, state)));
                break;
            default:
                scheduleAfterPending(serverHint);
        }
    }

    private void scheduleAfterPending(Duration serverHint) {
        synchronized (this) {
            if (!finished && nextPoll == null) {
                scheduleAfterPendingLocked(serverHint);
            }
        }
    }

    private void pollFailed(RuntimeException error) {
        boolean transientFailure = error instanceof ConnectionException || error instanceof ServerException
                || error instanceof RateLimitException || error instanceof MalformedResponseException;
        synchronized (this) {
            if (finished) {
                return;
            }
            consecutiveFailures++;
            if (transientFailure && consecutiveFailures < waiter.maxConsecutivePollFailures()) {
                LOG.debug("poll of {} {} failed ({}); polling again", type.name(), jobId, error.toString());
                Duration hint = error instanceof RateLimitException
                        ? ((RateLimitException) error).retryAfter().orElse(null) : null;
                scheduleAfterPendingLocked(hint);
                return;
            }
        }
        finish(() -> future.completeExceptionally(error));
    }

    private void scheduleAfterPendingLocked(Duration hint) {
        Instant now = waiter.scheduler().clock().instant();
        if (!now.isBefore(deadline)) {
            timeOut();
            return;
        }
        Duration delay = pollAgainAtOnce ? Duration.ZERO : hint != null ? hint : strategy.delay(polls);
        pollAgainAtOnce = false;
        Duration untilDeadline = Duration.between(now, deadline);
        schedule(delay.compareTo(untilDeadline) > 0 ? untilDeadline : delay);
    }

    private void schedule(Duration delay) {
        nextPoll = waiter.scheduler().schedule(this::poll, delay);
    }

    private void timeOut() {
        J seen = lastJob;
        finish(() -> future.completeExceptionally(new WaitTimeoutException(jobId, options.timeout(), seen)));
    }

    private RuntimeException failure(J job, JobState state) {
        JobClassifier<J> classifier = type.classifier();
        String message = classifier.failureMessage(job).orElse(state == JobState.CANCELLED ? "cancelled" : "no reason given");
        ErrorDetails.Builder details = ErrorDetails.builder().vendorMessage(message);
        classifier.failureCode(job).ifPresent(details::errorCode);
        return new JobFailedException(type.name() + " " + jobId + " " + classifier.status(job) + ": " + message,
                jobId, job, details.build());
    }

    private void finish(Runnable completion) {
        if (stop()) {
            waiter.callbackExecutor().execute(completion);
        }
    }

    /** Ends the wait's polling and leaves the index; false when it had already ended. */
    private boolean stop() {
        Scheduler.Cancellable scheduled;
        synchronized (this) {
            if (finished) {
                return false;
            }
            finished = true;
            scheduled = nextPoll;
            nextPoll = null;
        }
        if (scheduled != null) {
            scheduled.cancel();
        }
        waiter.finished(key, this);
        return true;
    }

    private void cancelled() {
        if (!stop()) {
            return;
        }
        if (options.cancelJobOnCancel()) {
            type.canceller().ifPresent(canceller -> {
                try {
                    canceller.cancel(jobId).whenComplete((ignored, error) -> {
                        if (error != null) {
                            LOG.warn("cancelling {} {} at the vendor failed: {}", type.name(), jobId,
                                    Futures.unwrap(error).getMessage());
                        }
                    });
                } catch (RuntimeException e) {
                    LOG.warn("cancelling {} {} at the vendor failed: {}", type.name(), jobId, e.getMessage());
                }
            });
        }
    }

    private void notifyListener(JobUpdate update) {
        if (update == null || options.listener().isEmpty()) {
            return;
        }
        JobListener listener = options.listener().get();
        waiter.callbackExecutor().execute(() -> {
            try {
                listener.onUpdate(update);
            } catch (RuntimeException e) {
                LOG.warn("job listener threw", e);
            }
        });
    }

    private Duration elapsed() {
        return Duration.between(startedAt, waiter.scheduler().clock().instant());
    }
}
