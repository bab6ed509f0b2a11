package dev.mediagen.agentmedia;

import dev.mediagen.core.Futures;
import dev.mediagen.core.Page;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.ResponseHandler;
import dev.mediagen.core.wait.JobFuture;
import dev.mediagen.core.wait.JobType;
import dev.mediagen.core.wait.WaitOptions;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Video jobs: create, list, get, soft delete, cancel, and wait for completion. Every call has a blocking and an
 * asynchronous form; waits poll on the client's scheduler, honour {@code Retry-After}, and cancelling a wait's
 * future cancels the job at agent-media (credits are refunded).
 */
public final class AgentMediaVideoService {
    private final ApiRuntime runtime;
    private final JobType<VideoJob> jobType;

    AgentMediaVideoService(ApiRuntime runtime, JobType<VideoJob> jobType) {
        this.runtime = runtime;
        this.jobType = jobType;
    }

    /** Creates a video job; credits are deducted at once. */
    public VideoCreated create(VideoCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /** Creates a video job with per-call options. */
    public VideoCreated create(VideoCreateParams params, RequestOptions options) {
        return Futures.join(createAsync(params, options));
    }

    /** Creates a video job asynchronously. */
    public CompletableFuture<VideoCreated> createAsync(VideoCreateParams params) {
        return createAsync(params, RequestOptions.none());
    }

    /**
     * Creates a video job asynchronously. agent-media has no idempotency key for this call, so it is re-sent only
     * when the API provably did not process it (connection refused, 429): a retry can never charge twice.
     */
    public CompletableFuture<VideoCreated> createAsync(VideoCreateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        ResponseHandler<VideoCreated> json = runtime.json(VideoCreated.class);
        return runtime.call(ApiRequest.post("/videos").endpointClass(AgentMediaProfile.GENERATE).json(params.toBody())
                .paidWork(null).build(), options, response -> {
                    VideoCreated created = json.handle(response);
                    if (created.jobId() == null) {
                        throw new IllegalStateException("the response has no job_id");
                    }
                    return created;
                });
    }

    /** Lists the newest 20 jobs; {@code list().autoPager()} walks every job. */
    public Page<VideoJob> list() {
        return list(VideoListParams.none());
    }

    /** Lists jobs matching {@code params}; the page's {@code autoPager()} fetches the following pages as needed. */
    public Page<VideoJob> list(VideoListParams params) {
        return list(params, RequestOptions.none());
    }

    /** Lists jobs with per-call options. */
    public Page<VideoJob> list(VideoListParams params, RequestOptions options) {
        return Futures.join(listAsync(params, options));
    }

    /** Lists jobs asynchronously. */
    public CompletableFuture<Page<VideoJob>> listAsync(VideoListParams params) {
        return listAsync(params, RequestOptions.none());
    }

    /** Lists jobs asynchronously with per-call options (offset pagination; the total is exact). */
    public CompletableFuture<Page<VideoJob>> listAsync(VideoListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        ApiRequest.Builder request = ApiRequest.get("/videos").endpointClass(AgentMediaProfile.READ);
        params.limit().ifPresent(limit -> request.query("limit", limit));
        if (params.offset() > 0) {
            request.query("offset", params.offset());
        }
        params.status().ifPresent(status -> request.query("status", status.asString()));
        params.sort().ifPresent(sort -> request.query("sort", sort.value()));
        params.model().ifPresent(model -> request.query("model", model));
        int limit = params.limit().orElse(VideoListParams.DEFAULT_LIMIT);
        ResponseHandler<VideoListResponse> json = runtime.json(VideoListResponse.class);
        return runtime.call(request.build(), options, response -> {
            VideoListResponse body = json.handle(response);
            body.jobs().forEach(VideoJobs::requireId);
            return Page.offset(body.jobs(), params.offset(), limit, body.total(), (nextOffset, pageSize) ->
                    listAsync(params.toBuilder().offset(nextOffset).limit(pageSize).build(), options));
        });
    }

    /** Fetches a job. */
    public VideoJob get(String jobId) {
        return get(jobId, RequestOptions.none());
    }

    /** Fetches a job with per-call options. */
    public VideoJob get(String jobId, RequestOptions options) {
        return Futures.join(getAsync(jobId, options));
    }

    /** Fetches a job asynchronously. */
    public CompletableFuture<VideoJob> getAsync(String jobId) {
        return getAsync(jobId, RequestOptions.none());
    }

    /** Fetches a job asynchronously with per-call options. */
    public CompletableFuture<VideoJob> getAsync(String jobId, RequestOptions options) {
        ResponseHandler<VideoJob> json = runtime.json(VideoJob.class);
        return runtime.call(VideoJobs.get(jobId), options, response -> VideoJobs.requireId(json.handle(response)));
    }

    /** Soft-deletes a job (restorable by agent-media support; 404 when already deleted). */
    public VideoDeleted delete(String jobId) {
        return delete(jobId, RequestOptions.none());
    }

    /** Soft-deletes a job with per-call options. */
    public VideoDeleted delete(String jobId, RequestOptions options) {
        return Futures.join(deleteAsync(jobId, options));
    }

    /** Soft-deletes a job asynchronously. */
    public CompletableFuture<VideoDeleted> deleteAsync(String jobId) {
        return deleteAsync(jobId, RequestOptions.none());
    }

    /** Soft-deletes a job asynchronously with per-call options. */
    public CompletableFuture<VideoDeleted> deleteAsync(String jobId, RequestOptions options) {
        return runtime.call(ApiRequest.delete("/videos/" + ApiRequest.segment(jobId))
                .endpointClass(AgentMediaProfile.READ).build(), options, runtime.json(VideoDeleted.class));
    }

    /**
     * Cancels a {@code submitted}, {@code queued} or {@code processing} job and refunds its credits; a finished
     * job is a {@link dev.mediagen.core.ConflictException} with code {@code cannot_cancel}.
     */
    public VideoCancellation cancel(String jobId) {
        return cancel(jobId, RequestOptions.none());
    }

    /** Cancels a job with per-call options. */
    public VideoCancellation cancel(String jobId, RequestOptions options) {
        return Futures.join(cancelAsync(jobId, options));
    }

    /** Cancels a job asynchronously. */
    public CompletableFuture<VideoCancellation> cancelAsync(String jobId) {
        return cancelAsync(jobId, RequestOptions.none());
    }

    /** Cancels a job asynchronously with per-call options. */
    public CompletableFuture<VideoCancellation> cancelAsync(String jobId, RequestOptions options) {
        return runtime.call(VideoJobs.cancel(jobId), options, runtime.json(VideoCancellation.class));
    }

    /** Creates a video and waits until it is completed; a failed or cancelled job is a {@link dev.mediagen.core.JobFailedException}. */
    public VideoJob createAndWait(VideoCreateParams params) {
        return createAndWait(params, WaitOptions.defaults());
    }

    /** Creates a video and waits with the given deadline, poll strategy and progress listener. */
    public VideoJob createAndWait(VideoCreateParams params, WaitOptions waitOptions) {
        return Futures.join(createAndWaitAsync(params, RequestOptions.none(), waitOptions));
    }

    /** Creates a video and completes the returned future with the finished job. */
    public CompletableFuture<VideoJob> createAndWaitAsync(VideoCreateParams params) {
        return createAndWaitAsync(params, WaitOptions.defaults());
    }

    /** Creates a video and completes the returned future with the finished job, reporting progress to the listener. */
    public CompletableFuture<VideoJob> createAndWaitAsync(VideoCreateParams params, WaitOptions waitOptions) {
        return createAndWaitAsync(params, RequestOptions.none(), waitOptions);
    }

    /**
     * Creates a video and waits for it: the first poll follows the wait's poll strategy (5 s by default, as the
     * API advises), later ones the server's {@code Retry-After}. Cancelling the returned future cancels the create
     * if it is still in flight, stops polling, and cancels the job at agent-media (unless the wait options say
     * otherwise).
     */
    public CompletableFuture<VideoJob> createAndWaitAsync(VideoCreateParams params, RequestOptions options,
                                                          WaitOptions waitOptions) {
        Objects.requireNonNull(waitOptions, "waitOptions");
        return Futures.composeCancellable(createAsync(params, options),
                created -> runtime.waiter().await(jobType, created.jobId(), null, waitOptions));
    }

    /** Waits for an existing job to finish. */
    public VideoJob waitFor(String jobId) {
        return waitFor(jobId, WaitOptions.defaults());
    }

    /** Waits for an existing job with the given deadline, poll strategy and listener. */
    public VideoJob waitFor(String jobId, WaitOptions waitOptions) {
        return Futures.join(waitForAsync(jobId, waitOptions));
    }

    /** Waits for an existing job asynchronously. */
    public JobFuture<VideoJob> waitForAsync(String jobId) {
        return waitForAsync(jobId, WaitOptions.defaults());
    }

    /**
     * Waits for an existing job asynchronously: it is polled at once, then every 5 s or as {@code Retry-After} asks.
     * Cancelling the future cancels the job at agent-media unless the wait options say otherwise.
     */
    public JobFuture<VideoJob> waitForAsync(String jobId, WaitOptions waitOptions) {
        ApiRequest.segment(jobId);
        Objects.requireNonNull(waitOptions, "waitOptions");
        JobFuture<VideoJob> future = runtime.waiter().await(jobType, jobId, null, waitOptions);
        runtime.waiter().pollNow(jobType, jobId);
        return future;
    }

    /** The credits a video with these parameters costs, computed offline (no request). */
    public CreditEstimate estimateCredits(VideoCreateParams params) {
        return CreditEstimate.of(params);
    }
}
