package dev.mediagen.videogen;

import dev.mediagen.core.Futures;
import dev.mediagen.core.Page;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.wait.JobClassifier;
import dev.mediagen.core.wait.JobFuture;
import dev.mediagen.core.wait.JobSnapshot;
import dev.mediagen.core.wait.JobState;
import dev.mediagen.core.wait.JobType;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.videogen.model.ApiError;
import dev.mediagen.videogen.model.ExportQuality;
import dev.mediagen.videogen.model.ProjectExport;
import dev.mediagen.videogen.model.RunListParams;
import dev.mediagen.videogen.model.ScriptToVideoRequest;
import dev.mediagen.videogen.model.VoiceoverToVideoRequest;
import dev.mediagen.videogen.model.SlideshowToVideoRequest;
import dev.mediagen.videogen.model.StoryboardToVideoRequest;
import dev.mediagen.videogen.model.WorkflowRequest;
import dev.mediagen.videogen.model.WorkflowRun;
import dev.mediagen.videogen.model.WorkflowRunStarted;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;

/**
 * VideoGen's workflows ({@code POST /v1/workflows/...}) and their runs: start, get, list, cancel and wait, and
 * {@link #renderAndWait} to go from a request to a downloadable video (run, then export the project).
 */
public final class VideoGenWorkflowService {
    /** Workflows take minutes: poll every 5 s at first, backing off to 30 s (a webhook usually ends the wait). */
    static final PollStrategy POLL_STRATEGY = PollStrategy.backoff(Duration.ofSeconds(5), 1.5, Duration.ofSeconds(30));

    private final ApiRuntime runtime;
    private final VideoGenProjectService projects;
    private final JobType<WorkflowRun> runs;

    VideoGenWorkflowService(ApiRuntime runtime, VideoGenProjectService projects) {
        this.runtime = runtime;
        this.projects = projects;
        this.runs = JobType.cancellable("workflow_run",
                id -> runtime.send(getRequest(id), RequestOptions.none(), runtime.json(WorkflowRun.class))
                        .thenApply(JobSnapshot::of),
                CLASSIFIER, id -> cancelRunAsync(id), POLL_STRATEGY);
    }

    /** Turns a script into a narrated video; returns the run and its project. */
    public WorkflowRunStarted scriptToVideo(ScriptToVideoRequest request) {
        return scriptToVideo(request, RequestOptions.none());
    }

    /** Turns a script into a narrated video, with per-call options. */
    public WorkflowRunStarted scriptToVideo(ScriptToVideoRequest request, RequestOptions options) {
        return Futures.join(scriptToVideoAsync(request, options));
    }

    /** Turns a script into a narrated video, asynchronously. */
    public CompletableFuture<WorkflowRunStarted> scriptToVideoAsync(ScriptToVideoRequest request) {
        return scriptToVideoAsync(request, RequestOptions.none());
    }

    /** Turns a script into a narrated video, asynchronously with per-call options. */
    public CompletableFuture<WorkflowRunStarted> scriptToVideoAsync(ScriptToVideoRequest request, RequestOptions options) {
        return startAsync(request, options);
    }
    /** Adds visuals and captions to a voiceover; returns the run and its project. */
    public WorkflowRunStarted voiceoverToVideo(VoiceoverToVideoRequest request) {
        return voiceoverToVideo(request, RequestOptions.none());
    }

    /** Adds visuals and captions to a voiceover, with per-call options. */
    public WorkflowRunStarted voiceoverToVideo(VoiceoverToVideoRequest request, RequestOptions options) {
        return Futures.join(voiceoverToVideoAsync(request, options));
    }

    /** Adds visuals and captions to a voiceover, asynchronously. */
    public CompletableFuture<WorkflowRunStarted> voiceoverToVideoAsync(VoiceoverToVideoRequest request) {
        return voiceoverToVideoAsync(request, RequestOptions.none());
    }

    /** Adds visuals and captions to a voiceover, asynchronously with per-call options. */
    public CompletableFuture<WorkflowRunStarted> voiceoverToVideoAsync(VoiceoverToVideoRequest request, RequestOptions options) {
        return startAsync(request, options);
    }
    /** Turns a slideshow into a narrated video; returns the run and its project. */
    public WorkflowRunStarted slideshowToVideo(SlideshowToVideoRequest request) {
        return slideshowToVideo(request, RequestOptions.none());
    }

    /** Turns a slideshow into a narrated video, with per-call options. */
    public WorkflowRunStarted slideshowToVideo(SlideshowToVideoRequest request, RequestOptions options) {
        return Futures.join(slideshowToVideoAsync(request, options));
    }

    /** Turns a slideshow into a narrated video, asynchronously. */
    public CompletableFuture<WorkflowRunStarted> slideshowToVideoAsync(SlideshowToVideoRequest request) {
        return slideshowToVideoAsync(request, RequestOptions.none());
    }

    /** Turns a slideshow into a narrated video, asynchronously with per-call options. */
    public CompletableFuture<WorkflowRunStarted> slideshowToVideoAsync(SlideshowToVideoRequest request, RequestOptions options) {
        return startAsync(request, options);
    }
    /** Generates a video scene by scene from a storyboard; returns the run and its project. */
    public WorkflowRunStarted storyboardToVideo(StoryboardToVideoRequest request) {
        return storyboardToVideo(request, RequestOptions.none());
    }

    /** Generates a video scene by scene from a storyboard, with per-call options. */
    public WorkflowRunStarted storyboardToVideo(StoryboardToVideoRequest request, RequestOptions options) {
        return Futures.join(storyboardToVideoAsync(request, options));
    }

    /** Generates a video scene by scene from a storyboard, asynchronously. */
    public CompletableFuture<WorkflowRunStarted> storyboardToVideoAsync(StoryboardToVideoRequest request) {
        return storyboardToVideoAsync(request, RequestOptions.none());
    }

    /** Generates a video scene by scene from a storyboard, asynchronously with per-call options. */
    public CompletableFuture<WorkflowRunStarted> storyboardToVideoAsync(StoryboardToVideoRequest request, RequestOptions options) {
        return startAsync(request, options);
    }

    /** Starts any workflow; returns the run and its project. */
    public WorkflowRunStarted start(WorkflowRequest request) {
        return start(request, RequestOptions.none());
    }

    /** Starts any workflow, with per-call options. */
    public WorkflowRunStarted start(WorkflowRequest request, RequestOptions options) {
        return Futures.join(startAsync(request, options));
    }

    /** Starts any workflow, asynchronously. */
    public CompletableFuture<WorkflowRunStarted> startAsync(WorkflowRequest request) {
        return startAsync(request, RequestOptions.none());
    }

    /** Starts any workflow, asynchronously with per-call options (re-sent only when provably not processed). */
    public CompletableFuture<WorkflowRunStarted> startAsync(WorkflowRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        return runtime.call(ApiRequest.post(request.path()).json(request).paidWork(null)
                .endpointClass(VideoGenProfile.WORKFLOWS_CREATE).build(), options, runtime.json(WorkflowRunStarted.class));
    }

    /** Gets a run's status and progress. */
    public WorkflowRun getRun(String workflowRunId) {
        return getRun(workflowRunId, RequestOptions.none());
    }

    /** Gets a run, with per-call options. */
    public WorkflowRun getRun(String workflowRunId, RequestOptions options) {
        return Futures.join(getRunAsync(workflowRunId, options));
    }

    /** Gets a run, asynchronously. */
    public CompletableFuture<WorkflowRun> getRunAsync(String workflowRunId) {
        return getRunAsync(workflowRunId, RequestOptions.none());
    }

    /** Gets a run, asynchronously with per-call options. */
    public CompletableFuture<WorkflowRun> getRunAsync(String workflowRunId, RequestOptions options) {
        return runtime.call(getRequest(workflowRunId), options, runtime.json(WorkflowRun.class));
    }

    private static ApiRequest getRequest(String workflowRunId) {
        return ApiRequest.get("/v1/workflows/runs/" + ApiRequest.segment(workflowRunId))
                .endpointClass(VideoGenProfile.WORKFLOW_RUNS_READ).build();
    }

    /** Lists the team's runs, most recent first. */
    public Page<WorkflowRun> listRuns() {
        return listRuns(RunListParams.defaults());
    }

    /** Lists runs with paging and filter. */
    public Page<WorkflowRun> listRuns(RunListParams params) {
        return listRuns(params, RequestOptions.none());
    }

    /** Lists runs, with per-call options. */
    public Page<WorkflowRun> listRuns(RunListParams params, RequestOptions options) {
        return Futures.join(listRunsAsync(params, options));
    }

    /** Lists runs, asynchronously. */
    public CompletableFuture<Page<WorkflowRun>> listRunsAsync(RunListParams params) {
        return listRunsAsync(params, RequestOptions.none());
    }

    /** Lists runs, asynchronously with per-call options. */
    public CompletableFuture<Page<WorkflowRun>> listRunsAsync(RunListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return runtime.call(Listings.paging(ApiRequest.get("/v1/workflows/runs"), params)
                        .endpointClass(VideoGenProfile.WORKFLOW_RUNS_READ).build(), options, runtime.json(RunList.class))
                .thenApply(list -> Listings.page(list.workflowRuns, list.hasMore, list.nextCursor,
                        cursor -> listRunsAsync(params.withCursor(cursor), options)));
    }

    /** Asks VideoGen to cancel a run (202). */
    public WorkflowRunStarted cancelRun(String workflowRunId) {
        return cancelRun(workflowRunId, RequestOptions.none());
    }

    /** Cancels a run, with per-call options. */
    public WorkflowRunStarted cancelRun(String workflowRunId, RequestOptions options) {
        return Futures.join(cancelRunAsync(workflowRunId, options));
    }

    /** Cancels a run, asynchronously. */
    public CompletableFuture<WorkflowRunStarted> cancelRunAsync(String workflowRunId) {
        return cancelRunAsync(workflowRunId, RequestOptions.none());
    }

    /** Cancels a run, asynchronously with per-call options. */
    public CompletableFuture<WorkflowRunStarted> cancelRunAsync(String workflowRunId, RequestOptions options) {
        return runtime.call(ApiRequest.post("/v1/workflows/runs/" + ApiRequest.segment(workflowRunId) + "/cancel")
                .endpointClass(VideoGenProfile.WORKFLOW_RUNS_CANCEL).build(), options, runtime.json(WorkflowRunStarted.class));
    }

    /** Runs any workflow and completes with the succeeded run (default wait: 30 minutes). */
    public CompletableFuture<WorkflowRun> runAndWait(WorkflowRequest request) {
        return runAndWait(request, WaitOptions.defaults());
    }

    /**
     * Runs any workflow and completes with the succeeded run; progress goes to the wait's listener. A failed or
     * cancelled run fails the future with JobFailedException; cancelling the future cancels the run at VideoGen.
     */
    public CompletableFuture<WorkflowRun> runAndWait(WorkflowRequest request, WaitOptions waitOptions) {
        return runAndWait(request, waitOptions, RequestOptions.none());
    }

    /** Runs any workflow and waits, with options for the start call. */
    public CompletableFuture<WorkflowRun> runAndWait(WorkflowRequest request, WaitOptions waitOptions,
                                                     RequestOptions options) {
        Objects.requireNonNull(waitOptions, "waitOptions");
        return Futures.composeCancellable(startAsync(request, options),
                started -> waitForRunAsync(started.workflowRunId(), waitOptions));
    }

    /**
     * Runs any workflow, then exports its project at {@code quality} (null: VideoGen's default) and waits for the
     * export: completes with the export whose {@code downloadUrl} is the finished video. Each wait gets
     * {@code waitOptions}; cancelling the future cancels whichever step runs.
     */
    public CompletableFuture<ProjectExport> renderAndWait(WorkflowRequest request, ExportQuality quality,
                                                         WaitOptions waitOptions) {
        return Futures.composeCancellable(runAndWait(request, waitOptions),
                run -> projects.exportAndWait(run.projectId(), quality, waitOptions));
    }

    /** Waits for a run started earlier; blocks until it succeeded. */
    public WorkflowRun waitForRun(String workflowRunId, WaitOptions waitOptions) {
        return Futures.join(waitForRunAsync(workflowRunId, waitOptions));
    }

    /** Waits for a run started earlier; a verified {@code workflow_run.*} webhook completes the wait early. */
    public JobFuture<WorkflowRun> waitForRunAsync(String workflowRunId, WaitOptions waitOptions) {
        ApiRequest.segment(workflowRunId);
        return runtime.waiter().await(runs, workflowRunId, null, waitOptions);
    }

    boolean deliver(WorkflowRun run) {
        return runtime.waiter().deliver(runs, run.workflowRunId(), run);
    }

    private static final JobClassifier<WorkflowRun> CLASSIFIER = new JobClassifier<>() {
        @Override
        public JobState state(WorkflowRun run) {
            return ToolExecutionJobs.stateOf(run.status());
        }

        @Override
        public String status(WorkflowRun run) {
            return run.status().asString();
        }

        @Override
        public OptionalDouble progress(WorkflowRun run) {
            return OptionalDouble.of(run.progressPercentage());
        }

        @Override
        public Optional<String> failureMessage(WorkflowRun run) {
            return run.error().map(ApiError::message);
        }

        @Override
        public Optional<String> failureCode(WorkflowRun run) {
            return run.error().flatMap(ApiError::code);
        }
    };

    /** {@code GET /v1/workflows/runs}. */
    static final class RunList {
        List<WorkflowRun> workflowRuns;
        boolean hasMore;
        String nextCursor;
    }
}
