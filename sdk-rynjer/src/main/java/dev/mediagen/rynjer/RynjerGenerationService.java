package dev.mediagen.rynjer;

import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.ResponseHandler;
import dev.mediagen.core.wait.JobClassifier;
import dev.mediagen.core.wait.JobSnapshot;
import dev.mediagen.core.wait.JobState;
import dev.mediagen.core.wait.JobType;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Generations: {@code POST /v1/generate}, {@code GET /v1/generate/{requestId}}, and waiting until a generation
 * finishes. Rynjer has no webhooks and no cancel endpoint: completion is observed by polling, and cancelling a wait
 * only stops the polling.
 */
public final class RynjerGenerationService {
    static final String GENERATE_PATH = "/v1/generate";
    /** Polls after 1 s, backing off by 1.5x to 10 s. */
    static final PollStrategy DEFAULT_POLL = PollStrategy.backoff(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(10));

    private final ApiRuntime runtime;
    private final JobType<Generation> jobType;

    RynjerGenerationService(ApiRuntime runtime) {
        this.runtime = runtime;
        this.jobType = JobType.of("generation",
                requestId -> runtime.send(getRequest(requestId), RequestOptions.none(), handler(requestId))
                        .thenApply(JobSnapshot::of),
                new Classifier(), DEFAULT_POLL);
    }

    /** Starts a generation; the returned generation carries the {@code request_id} used. */
    public Generation generate(GenerateParams params) {
        return generate(params, RequestOptions.none());
    }

    /** Starts a generation with per-call options ({@code idempotencyKey} becomes the {@code request_id}). */
    public Generation generate(GenerateParams params, RequestOptions options) {
        return Futures.join(generateAsync(params, options));
    }

    /** Starts a generation asynchronously. */
    public CompletableFuture<Generation> generateAsync(GenerateParams params) {
        return generateAsync(params, RequestOptions.none());
    }

    /**
     * Starts a generation asynchronously. The {@code request_id} (from the parameters, the options' idempotency key,
     * or a new UUID) is sent on every attempt, so a retry after a lost response never charges twice.
     */
    public CompletableFuture<Generation> generateAsync(GenerateParams params, RequestOptions options) {
        String requestId;
        try {
            requestId = RequestIds.choose(params, options);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        ApiRequest request = ApiRequest.post(GENERATE_PATH)
                .endpointClass("generate")
                .json(params.toBody(requestId))
                .paidWork(requestId)
                .build();
        return runtime.call(request, options, handler(requestId));
    }

    /** Looks a generation up by its {@code request_id}. */
    public Generation get(String requestId) {
        return get(requestId, RequestOptions.none());
    }

    /** Looks a generation up by its {@code request_id}, with per-call options. */
    public Generation get(String requestId, RequestOptions options) {
        return Futures.join(getAsync(requestId, options));
    }

    /** Looks a generation up asynchronously. */
    public CompletableFuture<Generation> getAsync(String requestId) {
        return getAsync(requestId, RequestOptions.none());
    }

    /** Looks a generation up asynchronously, with per-call options. */
    public CompletableFuture<Generation> getAsync(String requestId, RequestOptions options) {
        ApiRequest request;
        try {
            request = getRequest(requestId);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return runtime.call(request, options, handler(requestId));
    }

    /** Starts a generation and blocks until it succeeded (default wait options). */
    public Generation generateAndWait(GenerateParams params) {
        return generateAndWait(params, WaitOptions.defaults(), RequestOptions.none());
    }

    /** Starts a generation and blocks until it succeeded. */
    public Generation generateAndWait(GenerateParams params, WaitOptions waitOptions) {
        return generateAndWait(params, waitOptions, RequestOptions.none());
    }

    /**
     * Starts a generation and blocks until it succeeded.
     *
     * @throws dev.mediagen.core.JobFailedException when it failed (its {@code job()} is the {@link Generation})
     * @throws dev.mediagen.core.WaitTimeoutException when the wait's timeout passed first
     */
    public Generation generateAndWait(GenerateParams params, WaitOptions waitOptions, RequestOptions options) {
        return Futures.join(generateAndWaitAsync(params, waitOptions, options));
    }

    /** Starts a generation; the future completes with the finished generation and its outputs. */
    public CompletableFuture<Generation> generateAndWaitAsync(GenerateParams params) {
        return generateAndWaitAsync(params, WaitOptions.defaults(), RequestOptions.none());
    }

    /** Starts a generation and waits with {@code waitOptions} (deadline, poll cadence, progress listener). */
    public CompletableFuture<Generation> generateAndWaitAsync(GenerateParams params, WaitOptions waitOptions) {
        return generateAndWaitAsync(params, waitOptions, RequestOptions.none());
    }

    /**
     * Starts a generation and waits for it. The future fails with {@code JobFailedException} when the generation
     * fails; cancelling it cancels the pending create or stops polling.
     */
    public CompletableFuture<Generation> generateAndWaitAsync(GenerateParams params, WaitOptions waitOptions,
                                                              RequestOptions options) {
        return Futures.composeCancellable(generateAsync(params, options),
                created -> runtime.waiter().await(jobType, created.requestId(), created, waitOptions));
    }

    /** Blocks until the generation with this {@code request_id} finished (default wait options). */
    public Generation waitFor(String requestId) {
        return waitFor(requestId, WaitOptions.defaults());
    }

    /** Blocks until the generation with this {@code request_id} finished. */
    public Generation waitFor(String requestId, WaitOptions waitOptions) {
        return Futures.join(waitForAsync(requestId, waitOptions));
    }

    /** Waits for an existing generation (default wait options). */
    public CompletableFuture<Generation> waitForAsync(String requestId) {
        return waitForAsync(requestId, WaitOptions.defaults());
    }

    /** Waits for an existing generation; the first poll happens after the poll strategy's first delay. */
    public CompletableFuture<Generation> waitForAsync(String requestId, WaitOptions waitOptions) {
        try {
            RequestIds.check(requestId);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return runtime.waiter().await(jobType, requestId, null, waitOptions);
    }

    /** Asks the waiter to poll a pending wait for this generation now (e.g. after an out-of-band hint). */
    public boolean pollNow(String requestId) {
        return runtime.waiter().pollNow(jobType, requestId);
    }

    private static ApiRequest getRequest(String requestId) {
        if (requestId == null) {
            throw new ValidationException("requestId is required");
        }
        return ApiRequest.get(GENERATE_PATH + "/" + ApiRequest.segment(requestId)).endpointClass("read").build();
    }

    private static ResponseHandler<Generation> handler(String requestId) {
        ResponseHandler<Generation> generation = RynjerEnvelope.data(Generation.class);
        return response -> generation.handle(response).withRequestId(requestId);
    }

    /** Reads a generation for waiting. */
    private static final class Classifier implements JobClassifier<Generation> {
        @Override
        public JobState state(Generation job) {
            return job.status().state();
        }

        @Override
        public String status(Generation job) {
            return job.status().asString();
        }

        @Override
        public Optional<String> failureMessage(Generation job) {
            return job.failureMessage();
        }

        @Override
        public Optional<String> failureCode(Generation job) {
            return job.errorCode();
        }
    }
}
