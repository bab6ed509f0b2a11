package dev.mediagen.vap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mediagen.core.Futures;
import dev.mediagen.core.IdempotencyKeys;
import dev.mediagen.core.Page;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.ResponseHandler;
import dev.mediagen.core.wait.WaitOptions;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Generation tasks: create (image, video, music), get, list, and wait for completion.
 *
 * <p>Every create carries an {@code idempotency_key} in its body: the caller's
 * ({@link RequestOptions.Builder#idempotencyKey(String)}) or one generated per call, reused on every retry. VAP
 * answers a key it has seen with 409, which surfaces as {@link dev.mediagen.core.ConflictException}, except when it
 * answers the SDK's own retry after a lost response and names the task: then that task is returned.
 *
 * <p>VAP has no cancel endpoint: cancelling a future returned by {@link #waitForAsync} or
 * {@link #createAndWaitAsync} only stops polling; the task keeps running at VAP and is charged when it completes.
 */
public final class VapTaskService {
    private final ApiRuntime runtime;
    private final VapJobs jobs;

    VapTaskService(ApiRuntime runtime, VapJobs jobs) {
        this.runtime = runtime;
        this.jobs = jobs;
    }

    static ApiRequest getRequest(String taskId) {
        return ApiRequest.get("/v3/tasks/" + ApiRequest.segment(Check.id(taskId, "taskId")))
                .endpointClass(VapProfile.AGENT).build();
    }

    static ResponseHandler<Task> handler(ApiRuntime runtime) {
        return VapResponses.json(runtime, Task.class, Task::isValid, "task_id or status");
    }

    /** Creates a task of these parameters (no callback) and returns it as accepted. */
    public Task create(TaskParams params) {
        return create(TaskRequest.of(params));
    }

    /** Creates a task of these parameters (no callback) asynchronously. */
    public CompletableFuture<Task> createAsync(TaskParams params) {
        return createAsync(TaskRequest.of(params));
    }

    /** Creates a task and returns it as accepted ({@code pending}, with its reserved cost). */
    public Task create(TaskRequest request) {
        return create(request, RequestOptions.none());
    }

    /** Creates a task with per-call options (e.g. your own idempotency key). */
    public Task create(TaskRequest request, RequestOptions options) {
        return Futures.join(createAsync(request, options));
    }

    /** Creates a task asynchronously. */
    public CompletableFuture<Task> createAsync(TaskRequest request) {
        return createAsync(request, RequestOptions.none());
    }

    /** Creates a task asynchronously with per-call options. */
    public CompletableFuture<Task> createAsync(TaskRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(options, "options");
        String key = IdempotencyKeys.fromOrGenerate(options);
        ApiRequest create = ApiRequest.post("/v3/tasks").json(new TaskBody(request, key))
                .endpointClass(VapProfile.AGENT).paidWork(key).build();
        return CreateCall.send(runtime, create, options, handler(runtime), "task_id",
                id -> runtime.send(getRequest(id), withoutKey(options), handler(runtime)));
    }

    /** Fetches a task. */
    public Task get(String taskId) {
        return get(taskId, RequestOptions.none());
    }

    /** Fetches a task with per-call options. */
    public Task get(String taskId, RequestOptions options) {
        return Futures.join(getAsync(taskId, options));
    }

    /** Fetches a task asynchronously. */
    public CompletableFuture<Task> getAsync(String taskId) {
        return getAsync(taskId, RequestOptions.none());
    }

    /** Fetches a task asynchronously with per-call options. */
    public CompletableFuture<Task> getAsync(String taskId, RequestOptions options) {
        return runtime.call(getRequest(taskId), options, handler(runtime));
    }

    /** The first page of tasks, ten per page; {@code autoPager()} walks them all. */
    public Page<Task> list() {
        return list(TaskListParams.defaults());
    }

    /** A page of tasks. */
    public Page<Task> list(TaskListParams params) {
        return list(params, RequestOptions.none());
    }

    /** A page of tasks with per-call options. */
    public Page<Task> list(TaskListParams params, RequestOptions options) {
        return Futures.join(listAsync(params, options));
    }

    /** A page of tasks, asynchronously. */
    public CompletableFuture<Page<Task>> listAsync(TaskListParams params) {
        return listAsync(params, RequestOptions.none());
    }

    /** A page of tasks, asynchronously with per-call options. */
    public CompletableFuture<Page<Task>> listAsync(TaskListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.get("/v3/tasks")
                .query("status", params.status().map(JobStatus::asString).orElse(null))
                .query("limit", params.limit())
                .query("offset", params.offset())
                .endpointClass(VapProfile.AGENT).build();
        return runtime.call(request, options, listHandler()).thenApply(list -> Page.offset(list.tasks(),
                params.offset(), params.limit(), list.total(),
                (offset, limit) -> listAsync(params.at(offset, limit), options)));
    }

    /** Creates a task of these parameters (no callback) and waits until it finished. */
    public Task createAndWait(TaskParams params) {
        return createAndWait(TaskRequest.of(params));
    }

    /** Creates a task of these parameters (no callback) and completes when it finished. */
    public CompletableFuture<Task> createAndWaitAsync(TaskParams params) {
        return createAndWaitAsync(TaskRequest.of(params));
    }

    /**
     * Creates a task and waits until it finished: returns the completed task or throws
     * {@link dev.mediagen.core.JobFailedException} (carrying the failed task) when it failed and was refunded.
     */
    public Task createAndWait(TaskRequest request) {
        return createAndWait(request, WaitOptions.defaults(), RequestOptions.none());
    }

    /** Like {@link #createAndWait(TaskRequest)} with a deadline, poll cadence and progress listener. */
    public Task createAndWait(TaskRequest request, WaitOptions waitOptions) {
        return createAndWait(request, waitOptions, RequestOptions.none());
    }

    /** Like {@link #createAndWait(TaskRequest, WaitOptions)} with options for the create call. */
    public Task createAndWait(TaskRequest request, WaitOptions waitOptions, RequestOptions options) {
        return Futures.join(createAndWaitAsync(request, waitOptions, options));
    }

    /**
     * Creates the task and completes when it finished: with the completed task, or with
     * {@link dev.mediagen.core.JobFailedException} (carrying the failed task). Cancelling the future cancels the
     * create if still in flight, then only stops polling: VAP has no cancel endpoint, so the task runs on at VAP.
     */
    public CompletableFuture<Task> createAndWaitAsync(TaskRequest request) {
        return createAndWaitAsync(request, WaitOptions.defaults(), RequestOptions.none());
    }

    /** Like {@link #createAndWaitAsync(TaskRequest)} with a deadline, poll cadence and progress listener. */
    public CompletableFuture<Task> createAndWaitAsync(TaskRequest request, WaitOptions waitOptions) {
        return createAndWaitAsync(request, waitOptions, RequestOptions.none());
    }

    /** Like {@link #createAndWaitAsync(TaskRequest, WaitOptions)} with options for the create call. */
    public CompletableFuture<Task> createAndWaitAsync(TaskRequest request, WaitOptions waitOptions,
                                                      RequestOptions options) {
        Objects.requireNonNull(waitOptions, "waitOptions");
        return Futures.composeCancellable(createAsync(request, options), created -> waitForAsync(created, waitOptions));
    }

    /** Waits until the task with this id finished; returns it completed or throws JobFailedException. */
    public Task waitFor(String taskId) {
        return waitFor(taskId, WaitOptions.defaults());
    }

    /** Waits until the task with this id finished, with a deadline, poll cadence and progress listener. */
    public Task waitFor(String taskId, WaitOptions waitOptions) {
        return Futures.join(waitForAsync(taskId, waitOptions));
    }

    /** Waits until a task already fetched finished (a finished one returns at once). */
    public Task waitFor(Task task, WaitOptions waitOptions) {
        return Futures.join(waitForAsync(task, waitOptions));
    }

    /**
     * Waits for the task with this id. The future completes with the completed task or fails with
     * {@link dev.mediagen.core.JobFailedException}, {@link dev.mediagen.core.WaitTimeoutException} or the poll's
     * error. Cancelling it only stops polling: VAP has no cancel endpoint.
     */
    public CompletableFuture<Task> waitForAsync(String taskId) {
        return waitForAsync(taskId, WaitOptions.defaults());
    }

    /** Waits for the task with this id. Cancelling the future only stops polling: VAP has no cancel endpoint. */
    public CompletableFuture<Task> waitForAsync(String taskId, WaitOptions waitOptions) {
        return runtime.waiter().await(jobs.tasks, Check.id(taskId, "taskId"), null, waitOptions);
    }

    /** Waits for a task already fetched (a finished one completes at once). Cancelling only stops polling. */
    public CompletableFuture<Task> waitForAsync(Task task, WaitOptions waitOptions) {
        Objects.requireNonNull(task, "task");
        return VapWaits.await(runtime, jobs.tasks, task.id(), task, waitOptions);
    }

    private ResponseHandler<TaskList> listHandler() {
        ObjectMapper mapper = runtime.profile().json();
        return response -> {
            JsonNode root = mapper.readTree(response.body());
            if (root != null && root.isArray()) {
                ObjectNode wrapped = JsonNodeFactory.instance.objectNode();
                wrapped.set("tasks", root);
                root = wrapped;
            }
            if (root == null || !root.isObject()) {
                throw VapResponses.malformed(runtime, response, "the task list is not a JSON object");
            }
            TaskList list = mapper.treeToValue(root, TaskList.class);
            if (!list.isValid()) {
                throw VapResponses.malformed(runtime, response, "a listed task has no task_id or status");
            }
            return list;
        };
    }

    static RequestOptions withoutKey(RequestOptions options) {
        return options.toBuilder().idempotencyKey(null).build();
    }
}
