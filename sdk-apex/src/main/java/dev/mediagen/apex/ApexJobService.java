package dev.mediagen.apex;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediagen.core.ErrorDetails;
import dev.mediagen.core.Futures;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.ResponseHandler;
import dev.mediagen.core.wait.CoalescingPoller;
import dev.mediagen.core.wait.JobClassifier;
import dev.mediagen.core.wait.JobSnapshot;
import dev.mediagen.core.wait.JobState;
import dev.mediagen.core.wait.JobType;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Jobs: {@code GET /api/jobs?id=} (one job), {@code GET /api/jobs} (the account's jobs) and waiting until a job
 * completes or fails. Apex has no cancel endpoint: cancelling a wait only stops polling.
 *
 * <p>Polling respects the read budget of 20 requests per 10 seconds: the polls of all pending waits that fall within
 * one second are gathered, and when there are {@value #LISTING_THRESHOLD} or more of them (more than the two polls a
 * second the budget sustains) they are answered by a single {@code GET /api/jobs} listing instead of one request per
 * job. Jobs the listing does not include are then polled one by one.
 */
public final class ApexJobService {
    static final String JOBS_PATH = "/api/jobs";
    /** Polls after 2 s (the interval of Apex's own examples), backing off by 1.5x to 10 s. */
    static final PollStrategy DEFAULT_POLL = PollStrategy.backoff(Duration.ofSeconds(2), 1.5, Duration.ofSeconds(10));
    /** How many polls gathered in one window switch to a listing. */
    static final int LISTING_THRESHOLD = 3;
    /** How long polls are gathered before they are sent. */
    static final Duration GATHERING_WINDOW = Duration.ofSeconds(1);

    private final ApiRuntime runtime;
    private final JobType<Job> jobType;

    ApexJobService(ApiRuntime runtime) {
        this.runtime = runtime;
        CoalescingPoller<Job> poller = new CoalescingPoller<>(
                id -> runtime.send(getRequest(id), RequestOptions.none(), jobHandler(id)).thenApply(JobSnapshot::of),
                this::pollMany, LISTING_THRESHOLD, runtime.scheduler(), GATHERING_WINDOW);
        this.jobType = JobType.of("job", poller, new Classifier(), DEFAULT_POLL);
    }

    /** Gets one job. */
    public Job get(String jobId) {
        return get(jobId, RequestOptions.none());
    }

    /** Gets one job, with per-call options. */
    public Job get(String jobId, RequestOptions options) {
        return Futures.join(getAsync(jobId, options));
    }

    /** Gets one job asynchronously. */
    public CompletableFuture<Job> getAsync(String jobId) {
        return getAsync(jobId, RequestOptions.none());
    }

    /** Gets one job asynchronously, with per-call options. */
    public CompletableFuture<Job> getAsync(String jobId, RequestOptions options) {
        ApiRequest request;
        try {
            request = getRequest(jobId);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return runtime.call(request, options, jobHandler(jobId));
    }

    /** Lists the account's jobs (Apex documents no pagination or filters). */
    public List<Job> list() {
        return list(RequestOptions.none());
    }

    /** Lists the account's jobs, with per-call options. */
    public List<Job> list(RequestOptions options) {
        return Futures.join(listAsync(options));
    }

    /** Lists the account's jobs asynchronously. */
    public CompletableFuture<List<Job>> listAsync() {
        return listAsync(RequestOptions.none());
    }

    /** Lists the account's jobs asynchronously, with per-call options. */
    public CompletableFuture<List<Job>> listAsync(RequestOptions options) {
        return runtime.call(listRequest(), options, listHandler());
    }

    /** Blocks until the job completed (default wait options). */
    public Job waitFor(String jobId) {
        return waitFor(jobId, WaitOptions.defaults());
    }

    /**
     * Blocks until the job completed.
     *
     * @throws dev.mediagen.core.JobFailedException when it failed (its {@code job()} is the failed {@link Job})
     * @throws dev.mediagen.core.WaitTimeoutException when the wait's timeout passed first
     */
    public Job waitFor(String jobId, WaitOptions waitOptions) {
        return Futures.join(waitForAsync(jobId, waitOptions));
    }

    /** Waits for an existing job (default wait options). */
    public CompletableFuture<Job> waitForAsync(String jobId) {
        return waitForAsync(jobId, WaitOptions.defaults());
    }

    /** Waits for an existing job; the first poll happens after the poll strategy's first delay. */
    public CompletableFuture<Job> waitForAsync(String jobId, WaitOptions waitOptions) {
        if (jobId == null || jobId.isBlank()) {
            return CompletableFuture.failedFuture(new ValidationException("jobId is required"));
        }
        return runtime.waiter().await(jobType, jobId, null, waitOptions);
    }

    /**
     * Polls a pending wait for this job now instead of at its next scheduled time (after a webhook said it finished:
     * the poll fetches the authoritative state). Returns whether a wait for the job was pending.
     */
    public boolean pollNow(String jobId) {
        return runtime.waiter().pollNow(jobType, jobId);
    }

    /** Waits for a job a create call just returned. */
    CompletableFuture<Job> await(Job created, WaitOptions waitOptions) {
        return runtime.waiter().await(jobType, created.jobId(), created, waitOptions);
    }

    private CompletableFuture<Map<String, Job>> pollMany(Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        return runtime.send(listRequest(), RequestOptions.none(), listHandler()).thenApply(jobs -> {
            Map<String, Job> found = new LinkedHashMap<>();
            for (Job job : jobs) {
                if (job.jobId() != null && wanted.contains(job.jobId())) {
                    found.put(job.jobId(), job);
                }
            }
            return found;
        });
    }

    private static ApiRequest getRequest(String jobId) {
        if (jobId == null || jobId.isBlank()) {
            throw new ValidationException("jobId is required");
        }
        return ApiRequest.get(JOBS_PATH).query("id", jobId).endpointClass(ApexProfile.READ).build();
    }

    private static ApiRequest listRequest() {
        return ApiRequest.get(JOBS_PATH).endpointClass(ApexProfile.READ).build();
    }

    /** Reads {@code {data: job}}; a one-element (or filtered) array is accepted too. */
    private static ResponseHandler<Job> jobHandler(String jobId) {
        return ApexEnvelope.data(node -> {
            JsonNode item = node;
            if (node.isArray()) {
                item = null;
                for (JsonNode candidate : node) {
                    String id = candidate.path("jobId").asText(candidate.path("id").asText(null));
                    if (jobId.equals(id) || (node.size() == 1 && id == null)) {
                        item = candidate;
                    }
                }
                if (item == null) {
                    throw new NotFoundException("[apex] job " + jobId + " not found",
                            ErrorDetails.builder().vendor(ApexProfile.NAME).build(), null);
                }
            }
            Job job = ApexEnvelope.bind(item, Job.class);
            if (job.jobId() == null) {
                throw new IllegalStateException("the job has no jobId");
            }
            return job;
        });
    }

    private static ResponseHandler<List<Job>> listHandler() {
        return ApexEnvelope.data(node -> {
            JsonNode items = node.isArray() ? node : node.path("jobs");
            if (!items.isArray()) {
                throw new IllegalStateException("the job list is not an array");
            }
            List<Job> jobs = new ArrayList<>(items.size());
            items.forEach(item -> jobs.add(ApexEnvelope.bind(item, Job.class)));
            return List.copyOf(jobs);
        });
    }

    /** Reads a job for waiting. */
    private static final class Classifier implements JobClassifier<Job> {
        @Override
        public JobState state(Job job) {
            return job.status().state();
        }

        @Override
        public String status(Job job) {
            return job.status().asString();
        }

        @Override
        public Optional<String> failureMessage(Job job) {
            return job.error();
        }
    }
}
