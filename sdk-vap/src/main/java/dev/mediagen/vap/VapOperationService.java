package dev.mediagen.vap;

import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.ResponseHandler;
import dev.mediagen.core.wait.WaitOptions;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Media operations on existing files (Tier 1+): inpaint, ai_edit, background_remove, upscale, video_trim,
 * video_merge; get, and wait for completion.
 *
 * <p>VAP documents {@code idempotency_key} only for tasks, so an operation carries one only when the caller sets
 * {@link RequestOptions.Builder#idempotencyKey(String)}; only then is a create re-sent after a failure that may have
 * reached VAP. Without a key it is re-sent only when VAP provably never received it.
 *
 * <p>VAP has no cancel endpoint: cancelling a wait only stops polling.
 */
public final class VapOperationService {
    private final ApiRuntime runtime;
    private final VapJobs jobs;

    VapOperationService(ApiRuntime runtime, VapJobs jobs) {
        this.runtime = runtime;
        this.jobs = jobs;
    }

    static ApiRequest getRequest(String operationId) {
        return ApiRequest.get("/v3/operations/" + ApiRequest.segment(Check.id(operationId, "operationId")))
                .endpointClass(VapProfile.AGENT).build();
    }

    static ResponseHandler<Operation> handler(ApiRuntime runtime) {
        return VapResponses.json(runtime, Operation.class, Operation::isValid, "operation_id or status");
    }

    /** Starts an operation and returns it as accepted ({@code pending}, with its reserved cost). */
    public Operation create(OperationParams params) {
        return create(params, RequestOptions.none());
    }

    /** Starts an operation with per-call options. */
    public Operation create(OperationParams params, RequestOptions options) {
        return Futures.join(createAsync(params, options));
    }

    /** Starts an operation asynchronously. */
    public CompletableFuture<Operation> createAsync(OperationParams params) {
        return createAsync(params, RequestOptions.none());
    }

    /** Starts an operation asynchronously with per-call options. */
    public CompletableFuture<Operation> createAsync(OperationParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(options, "options");
        String key = options.idempotencyKey().orElse(null);
        ApiRequest create = ApiRequest.post("/v3/operations").json(new OperationBody(params, key))
                .endpointClass(VapProfile.AGENT).paidWork(key).build();
        return CreateCall.send(runtime, create, options, handler(runtime), "operation_id",
                id -> runtime.send(getRequest(id), VapTaskService.withoutKey(options), handler(runtime)));
    }

    /** Fetches an operation. */
    public Operation get(String operationId) {
        return get(operationId, RequestOptions.none());
    }

    /** Fetches an operation with per-call options. */
    public Operation get(String operationId, RequestOptions options) {
        return Futures.join(getAsync(operationId, options));
    }

    /** Fetches an operation asynchronously. */
    public CompletableFuture<Operation> getAsync(String operationId) {
        return getAsync(operationId, RequestOptions.none());
    }

    /** Fetches an operation asynchronously with per-call options. */
    public CompletableFuture<Operation> getAsync(String operationId, RequestOptions options) {
        return runtime.call(getRequest(operationId), options, handler(runtime));
    }

    /**
     * Starts an operation and waits until it finished, or throws {@link dev.mediagen.core.JobFailedException}.
     */
    public Operation createAndWait(OperationParams params) {
        return createAndWait(params, WaitOptions.defaults(), RequestOptions.none());
    }

    /** Like {@link #createAndWait(OperationParams)} with a deadline, poll cadence and progress listener. */
    public Operation createAndWait(OperationParams params, WaitOptions waitOptions) {
        return createAndWait(params, waitOptions, RequestOptions.none());
    }

    /** Like {@link #createAndWait(OperationParams, WaitOptions)} with options for the create call. */
    public Operation createAndWait(OperationParams params, WaitOptions waitOptions, RequestOptions options) {
        return Futures.join(createAndWaitAsync(params, waitOptions, options));
    }

    /**
     * Creates the operation and completes when it finished: with the completed operation, or with
     * {@link dev.mediagen.core.JobFailedException} (carrying the failed operation). Cancelling the future cancels the
     * create if still in flight, then only stops polling: VAP has no cancel endpoint, so the operation runs on at VAP.
     */
    public CompletableFuture<Operation> createAndWaitAsync(OperationParams params) {
        return createAndWaitAsync(params, WaitOptions.defaults(), RequestOptions.none());
    }

    /** Like {@link #createAndWaitAsync(OperationParams)} with a deadline, poll cadence and progress listener. */
    public CompletableFuture<Operation> createAndWaitAsync(OperationParams params, WaitOptions waitOptions) {
        return createAndWaitAsync(params, waitOptions, RequestOptions.none());
    }

    /** Like {@link #createAndWaitAsync(OperationParams, WaitOptions)} with options for the create call. */
    public CompletableFuture<Operation> createAndWaitAsync(OperationParams params, WaitOptions waitOptions,
                                                           RequestOptions options) {
        Objects.requireNonNull(waitOptions, "waitOptions");
        return Futures.composeCancellable(createAsync(params, options), created -> waitForAsync(created, waitOptions));
    }

    /** Waits until the operation with this id finished; returns it completed or throws JobFailedException. */
    public Operation waitFor(String operationId) {
        return waitFor(operationId, WaitOptions.defaults());
    }

    /** Waits until the operation with this id finished, with a deadline, poll cadence and progress listener. */
    public Operation waitFor(String operationId, WaitOptions waitOptions) {
        return Futures.join(waitForAsync(operationId, waitOptions));
    }

    /** Waits until a operation already fetched finished (a finished one returns at once). */
    public Operation waitFor(Operation operation, WaitOptions waitOptions) {
        return Futures.join(waitForAsync(operation, waitOptions));
    }

    /**
     * Waits for the operation with this id. The future completes with the completed operation or fails with
     * {@link dev.mediagen.core.JobFailedException}, {@link dev.mediagen.core.WaitTimeoutException} or the poll's
     * error. Cancelling it only stops polling: VAP has no cancel endpoint.
     */
    public CompletableFuture<Operation> waitForAsync(String operationId) {
        return waitForAsync(operationId, WaitOptions.defaults());
    }

    /** Waits for the operation with this id. Cancelling the future only stops polling: VAP has no cancel endpoint. */
    public CompletableFuture<Operation> waitForAsync(String operationId, WaitOptions waitOptions) {
        return runtime.waiter().await(jobs.operations, Check.id(operationId, "operationId"), null, waitOptions);
    }

    /** Waits for a operation already fetched (a finished one completes at once). Cancelling only stops polling. */
    public CompletableFuture<Operation> waitForAsync(Operation operation, WaitOptions waitOptions) {
        Objects.requireNonNull(operation, "operation");
        return VapWaits.await(runtime, jobs.operations, operation.id(), operation, waitOptions);
    }
}
