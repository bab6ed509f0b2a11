package dev.mediagen.videogen;

import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.wait.BatchPoller;
import dev.mediagen.core.wait.CoalescingPoller;
import dev.mediagen.core.wait.JobCanceller;
import dev.mediagen.core.wait.JobClassifier;
import dev.mediagen.core.wait.JobPoller;
import dev.mediagen.core.wait.JobSnapshot;
import dev.mediagen.core.wait.JobState;
import dev.mediagen.core.wait.JobType;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.videogen.model.ApiError;
import dev.mediagen.videogen.model.JobStatus;
import dev.mediagen.videogen.model.RunListParams;
import dev.mediagen.videogen.model.ToolExecution;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * How the client waits for tool executions. Polls that fall due together are coalesced: when at least
 * {@link #BATCH_THRESHOLD} are gathered within {@link #WINDOW}, one {@code GET /v1/tools/executions} listing
 * answers them all. Either way the poller sends at most one request per window, at most 3,600 an hour, inside the
 * documented 5,000-an-hour read budget however many executions are pending.
 */
final class ToolExecutionJobs {
    static final Duration WINDOW = Duration.ofSeconds(1);
    static final int BATCH_THRESHOLD = 2;
    static final int PAGE_SIZE = 200;
    /** VideoGen's helpers poll every 1.5 s; we start there and back off, since webhooks usually finish waits. */
    static final PollStrategy POLL_STRATEGY = PollStrategy.backoff(Duration.ofMillis(1500), 1.25, Duration.ofSeconds(10));

    private ToolExecutionJobs() {
    }

    static JobType<ToolExecution> type(ApiRuntime runtime, Function<String, CompletableFuture<ToolExecution>> get,
                                       Function<RunListParams, CompletableFuture<Listings.ToolExecutions>> list,
                                       JobCanceller cancel) {
        JobPoller<ToolExecution> single = id -> get.apply(id).thenApply(JobSnapshot::of);
        BatchPoller<ToolExecution> batch = ids -> listing(list, ids);
        JobPoller<ToolExecution> poller = new CoalescingPoller<>(single, batch, BATCH_THRESHOLD, runtime.scheduler(), WINDOW);
        return JobType.cancellable("tool_execution", poller, CLASSIFIER, cancel, POLL_STRATEGY);
    }

    /** Reads pages of the listing until every wanted id was seen, or the pages that could hold them are used up. */
    static CompletableFuture<Map<String, ToolExecution>> listing(
            Function<RunListParams, CompletableFuture<Listings.ToolExecutions>> list, Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        int maxPages = wanted.size() / PAGE_SIZE + 1;
        return nextPage(list, RunListParams.builder().limit(PAGE_SIZE).build(), wanted, new HashMap<>(), maxPages);
    }

    private static CompletableFuture<Map<String, ToolExecution>> nextPage(
            Function<RunListParams, CompletableFuture<Listings.ToolExecutions>> list, RunListParams params,
            Set<String> wanted, Map<String, ToolExecution> found, int pagesLeft) {
        return list.apply(params).thenCompose(page -> {
            if (page.toolExecutions != null) {
                for (ToolExecution execution : page.toolExecutions) {
                    if (execution != null && wanted.contains(execution.toolExecutionId())) {
                        found.put(execution.toolExecutionId(), execution);
                    }
                }
            }
            boolean more = page.hasMore && page.nextCursor != null && !page.nextCursor.isBlank();
            if (found.size() == wanted.size() || !more || pagesLeft <= 1) {
                return CompletableFuture.completedFuture(found);
            }
            return nextPage(list, params.withCursor(page.nextCursor), wanted, found, pagesLeft - 1);
        });
    }

    static final JobClassifier<ToolExecution> CLASSIFIER = new JobClassifier<>() {
        @Override
        public JobState state(ToolExecution job) {
            return stateOf(job.status());
        }

        @Override
        public String status(ToolExecution job) {
            return job.status().asString();
        }

        @Override
        public OptionalDouble progress(ToolExecution job) {
            return OptionalDouble.of(job.progressPercentage());
        }

        @Override
        public Optional<String> failureMessage(ToolExecution job) {
            return job.error().map(ApiError::message);
        }

        @Override
        public Optional<String> failureCode(ToolExecution job) {
            return job.error().flatMap(ApiError::code);
        }
    };

    /** The waiting state of a VideoGen status (unknown statuses count as pending). */
    static JobState stateOf(JobStatus status) {
        if (JobStatus.SUCCEEDED.equals(status)) {
            return JobState.SUCCEEDED;
        }
        if (JobStatus.FAILED.equals(status)) {
            return JobState.FAILED;
        }
        if (JobStatus.CANCELLED.equals(status)) {
            return JobState.CANCELLED;
        }
        return JobState.PENDING;
    }
}
