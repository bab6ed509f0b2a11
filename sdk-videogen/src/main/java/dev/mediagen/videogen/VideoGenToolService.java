package dev.mediagen.videogen;

import dev.mediagen.core.Futures;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.Page;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.wait.JobFuture;
import dev.mediagen.core.wait.JobType;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.videogen.model.GenerateImageRequest;
import dev.mediagen.videogen.model.GenerateVideoClipRequest;
import dev.mediagen.videogen.model.TextToSpeechRequest;
import dev.mediagen.videogen.model.GenerateSoundEffectRequest;
import dev.mediagen.videogen.model.GenerateMusicRequest;
import dev.mediagen.videogen.model.GenerateAvatarRequest;
import dev.mediagen.videogen.model.VectorizeImageRequest;
import dev.mediagen.videogen.model.RemoveImageBackgroundRequest;
import dev.mediagen.videogen.model.RemoveVideoBackgroundRequest;
import dev.mediagen.videogen.model.UpscaleImageRequest;
import dev.mediagen.videogen.model.UpscaleVideoRequest;
import dev.mediagen.videogen.model.Image3dEffectRequest;
import dev.mediagen.videogen.model.RunListParams;
import dev.mediagen.videogen.model.StorageFile;
import dev.mediagen.videogen.model.ToolExecution;
import dev.mediagen.videogen.model.ToolExecutionStarted;
import dev.mediagen.videogen.model.ToolRequest;
import dev.mediagen.videogen.model.ToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * VideoGen's tools ({@code POST /v1/tools/...}) and their executions: start, get, list, cancel, and wait.
 *
 * <p>Every tool call is asynchronous at VideoGen: it answers 202 with a {@code toolExecutionId}. Use
 * {@link #runAndWait(ToolRequest, WaitOptions)} to get a future of the finished execution, with progress reported
 * to the wait's listener; cancelling that future cancels the execution at VideoGen.
 */
public final class VideoGenToolService {
    private final ApiRuntime runtime;
    private final VideoGenFileService files;
    private final JobType<ToolExecution> executions;

    VideoGenToolService(ApiRuntime runtime, VideoGenFileService files) {
        this.runtime = runtime;
        this.files = files;
        this.executions = ToolExecutionJobs.type(runtime, id -> getExecutionInternal(id),
                params -> runtime.send(Listings.paging(ApiRequest.get("/v1/tools/executions"), params)
                        .endpointClass(VideoGenProfile.EXECUTIONS_READ).build(), RequestOptions.none(),
                        runtime.json(Listings.ToolExecutions.class)),
                id -> cancelExecutionAsync(id));
    }

    /** Generates images from a prompt; returns the id of the execution to follow. */
    public ToolExecutionStarted generateImage(GenerateImageRequest request) {
        return generateImage(request, RequestOptions.none());
    }

    /** Generates images from a prompt, with per-call options. */
    public ToolExecutionStarted generateImage(GenerateImageRequest request, RequestOptions options) {
        return Futures.join(generateImageAsync(request, options));
    }

    /** Generates images from a prompt, asynchronously. */
    public CompletableFuture<ToolExecutionStarted> generateImageAsync(GenerateImageRequest request) {
        return generateImageAsync(request, RequestOptions.none());
    }

    /** Generates images from a prompt, asynchronously with per-call options. */
    public CompletableFuture<ToolExecutionStarted> generateImageAsync(GenerateImageRequest request, RequestOptions options) {
        return startAsync(request, options);
    }
    /** Generates a video clip; returns the id of the execution to follow. */
    public ToolExecutionStarted generateVideoClip(GenerateVideoClipRequest request) {
        return generateVideoClip(request, RequestOptions.none());
    }

    /** Generates a video clip, with per-call options. */
    public ToolExecutionStarted generateVideoClip(GenerateVideoClipRequest request, RequestOptions options) {
        return Futures.join(generateVideoClipAsync(request, options));
    }

    /** Generates a video clip, asynchronously. */
    public CompletableFuture<ToolExecutionStarted> generateVideoClipAsync(GenerateVideoClipRequest request) {
        return generateVideoClipAsync(request, RequestOptions.none());
    }

    /** Generates a video clip, asynchronously with per-call options. */
    public CompletableFuture<ToolExecutionStarted> generateVideoClipAsync(GenerateVideoClipRequest request, RequestOptions options) {
        return startAsync(request, options);
    }
    /** Synthesises speech; returns the id of the execution to follow. */
    public ToolExecutionStarted textToSpeech(TextToSpeechRequest request) {
        return textToSpeech(request, RequestOptions.none());
    }

    /** Synthesises speech, with per-call options. */
    public ToolExecutionStarted textToSpeech(TextToSpeechRequest request, RequestOptions options) {
        return Futures.join(textToSpeechAsync(request, options));
    }

    /** Synthesises speech, asynchronously. */
    public CompletableFuture<ToolExecutionStarted> textToSpeechAsync(TextToSpeechRequest request) {
        return textToSpeechAsync(request, RequestOptions.none());
    }

    /** Synthesises speech, asynchronously with per-call options. */
    public CompletableFuture<ToolExecutionStarted> textToSpeechAsync(TextToSpeechRequest request, RequestOptions options) {
        return startAsync(request, options);
    }
    /** Generates a sound effect; returns the id of the execution to follow. */
    public ToolExecutionStarted generateSoundEffect(GenerateSoundEffectRequest request) {
        return generateSoundEffect(request, RequestOptions.none());
    }

    /** Generates a sound effect, with per-call options. */
    public ToolExecutionStarted generateSoundEffect(GenerateSoundEffectRequest request, RequestOptions options) {
        return Futures.join(generateSoundEffectAsync(request, options));
    }

    /** Generates a sound effect, asynchronously. */
    public CompletableFuture<ToolExecutionStarted> generateSoundEffectAsync(GenerateSoundEffectRequest request) {
        return generateSoundEffectAsync(request, RequestOptions.none());
    }

    /** Generates a sound effect, asynchronously with per-call options. */
    public CompletableFuture<ToolExecutionStarted> generateSoundEffectAsync(GenerateSoundEffectRequest request, RequestOptions options) {
        return startAsync(request, options);
    }
    /** Generates music; returns the id of the execution to follow. */
    public ToolExecutionStarted generateMusic(GenerateMusicRequest request) {
        return generateMusic(request, RequestOptions.none());
    }

    /** Generates music, with per-call options. */
    public ToolExecutionStarted generateMusic(GenerateMusicRequest request, RequestOptions options) {
        return Futures.join(generateMusicAsync(request, options));
    }

    /** Generates music, asynchronously. */
    public CompletableFuture<ToolExecutionStarted> generateMusicAsync(GenerateMusicRequest request) {
        return generateMusicAsync(request, RequestOptions.none());
    }

    /** Generates music, asynchronously with per-call options. */
    public CompletableFuture<ToolExecutionStarted> generateMusicAsync(GenerateMusicRequest request, RequestOptions options) {
        return startAsync(request, options);
    }
    /** Generates an avatar (talking presenter) clip; returns the id of the execution to follow. */
    public ToolExecutionStarted generateAvatar(GenerateAvatarRequest request) {
        return generateAvatar(request, RequestOptions.none());
    }

    /** Generates an avatar (talking presenter) clip, with per-call options. */
    public ToolExecutionStarted generateAvatar(GenerateAvatarRequest request, RequestOptions options) {
        return Futures.join(generateAvatarAsync(request, options));
    }

    /** Generates an avatar (talking presenter) clip, asynchronously. */
    public CompletableFuture<ToolExecutionStarted> generateAvatarAsync(GenerateAvatarRequest request) {
        return generateAvatarAsync(request, RequestOptions.none());
    }

    /** Generates an avatar (talking presenter) clip, asynchronously with per-call options. */
    public CompletableFuture<ToolExecutionStarted> generateAvatarAsync(GenerateAvatarRequest request, RequestOptions options) {
        return startAsync(request, options);
    }
    /** Vectorizes an image; returns the id of the execution to follow. */
    public ToolExecutionStarted vectorizeImage(VectorizeImageRequest request) {
        return vectorizeImage(request, RequestOptions.none());
    }

    /** Vectorizes an image, with per-call options. */
    public ToolExecutionStarted vectorizeImage(VectorizeImageRequest request, RequestOptions options) {
        return Futures.join(vectorizeImageAsync(request, options));
    }

    /** Vectorizes an image, asynchronously. */
    public CompletableFuture<ToolExecutionStarted> vectorizeImageAsync(VectorizeImageRequest request) {
        return vectorizeImageAsync(request, RequestOptions.none());
    }

    /** Vectorizes an image, asynchronously with per-call options. */
    public CompletableFuture<ToolExecutionStarted> vectorizeImageAsync(VectorizeImageRequest request, RequestOptions options) {
        return startAsync(request, options);
    }
    /** Removes an image's background; returns the id of the execution to follow. */
    public ToolExecutionStarted removeImageBackground(RemoveImageBackgroundRequest request) {
        return removeImageBackground(request, RequestOptions.none());
    }

    /** Removes an image's background, with per-call options. */
    public ToolExecutionStarted removeImageBackground(RemoveImageBackgroundRequest request, RequestOptions options) {
        return Futures.join(removeImageBackgroundAsync(request, options));
    }

    /** Removes an image's background, asynchronously. */
    public CompletableFuture<ToolExecutionStarted> removeImageBackgroundAsync(RemoveImageBackgroundRequest request) {
        return removeImageBackgroundAsync(request, RequestOptions.none());
    }

    /** Removes an image's background, asynchronously with per-call options. */
    public CompletableFuture<ToolExecutionStarted> removeImageBackgroundAsync(RemoveImageBackgroundRequest request, RequestOptions options) {
        return startAsync(request, options);
    }
    /** Removes a video's background; returns the id of the execution to follow. */
    public ToolExecutionStarted removeVideoBackground(RemoveVideoBackgroundRequest request) {
        return removeVideoBackground(request, RequestOptions.none());
    }

    /** Removes a video's background, with per-call options. */
    public ToolExecutionStarted removeVideoBackground(RemoveVideoBackgroundRequest request, RequestOptions options) {
        return Futures.join(removeVideoBackgroundAsync(request, options));
    }

    /** Removes a video's background, asynchronously. */
    public CompletableFuture<ToolExecutionStarted> removeVideoBackgroundAsync(RemoveVideoBackgroundRequest request) {
        return removeVideoBackgroundAsync(request, RequestOptions.none());
    }

    /** Removes a video's background, asynchronously with per-call options. */
    public CompletableFuture<ToolExecutionStarted> removeVideoBackgroundAsync(RemoveVideoBackgroundRequest request, RequestOptions options) {
        return startAsync(request, options);
    }
    /** Upscales an image; returns the id of the execution to follow. */
    public ToolExecutionStarted upscaleImage(UpscaleImageRequest request) {
        return upscaleImage(request, RequestOptions.none());
    }

    /** Upscales an image, with per-call options. */
    public ToolExecutionStarted upscaleImage(UpscaleImageRequest request, RequestOptions options) {
        return Futures.join(upscaleImageAsync(request, options));
    }

    /** Upscales an image, asynchronously. */
    public CompletableFuture<ToolExecutionStarted> upscaleImageAsync(UpscaleImageRequest request) {
        return upscaleImageAsync(request, RequestOptions.none());
    }

    /** Upscales an image, asynchronously with per-call options. */
    public CompletableFuture<ToolExecutionStarted> upscaleImageAsync(UpscaleImageRequest request, RequestOptions options) {
        return startAsync(request, options);
    }
    /** Upscales a video; returns the id of the execution to follow. */
    public ToolExecutionStarted upscaleVideo(UpscaleVideoRequest request) {
        return upscaleVideo(request, RequestOptions.none());
    }

    /** Upscales a video, with per-call options. */
    public ToolExecutionStarted upscaleVideo(UpscaleVideoRequest request, RequestOptions options) {
        return Futures.join(upscaleVideoAsync(request, options));
    }

    /** Upscales a video, asynchronously. */
    public CompletableFuture<ToolExecutionStarted> upscaleVideoAsync(UpscaleVideoRequest request) {
        return upscaleVideoAsync(request, RequestOptions.none());
    }

    /** Upscales a video, asynchronously with per-call options. */
    public CompletableFuture<ToolExecutionStarted> upscaleVideoAsync(UpscaleVideoRequest request, RequestOptions options) {
        return startAsync(request, options);
    }
    /** Adds 3D motion to an image; returns the id of the execution to follow. */
    public ToolExecutionStarted image3dEffect(Image3dEffectRequest request) {
        return image3dEffect(request, RequestOptions.none());
    }

    /** Adds 3D motion to an image, with per-call options. */
    public ToolExecutionStarted image3dEffect(Image3dEffectRequest request, RequestOptions options) {
        return Futures.join(image3dEffectAsync(request, options));
    }

    /** Adds 3D motion to an image, asynchronously. */
    public CompletableFuture<ToolExecutionStarted> image3dEffectAsync(Image3dEffectRequest request) {
        return image3dEffectAsync(request, RequestOptions.none());
    }

    /** Adds 3D motion to an image, asynchronously with per-call options. */
    public CompletableFuture<ToolExecutionStarted> image3dEffectAsync(Image3dEffectRequest request, RequestOptions options) {
        return startAsync(request, options);
    }

    /** Starts any tool; returns the id of the execution to follow. */
    public ToolExecutionStarted start(ToolRequest request) {
        return start(request, RequestOptions.none());
    }

    /** Starts any tool, with per-call options. */
    public ToolExecutionStarted start(ToolRequest request, RequestOptions options) {
        return Futures.join(startAsync(request, options));
    }

    /** Starts any tool, asynchronously. */
    public CompletableFuture<ToolExecutionStarted> startAsync(ToolRequest request) {
        return startAsync(request, RequestOptions.none());
    }

    /**
     * Starts any tool, asynchronously with per-call options. VideoGen has no idempotency key, so the call is
     * re-sent only when VideoGen provably did not process it (connection refused, 429).
     */
    public CompletableFuture<ToolExecutionStarted> startAsync(ToolRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        return runtime.call(ApiRequest.post(request.path()).json(request).paidWork(null)
                .endpointClass(VideoGenProfile.TOOLS_CREATE).build(), options, runtime.json(ToolExecutionStarted.class));
    }

    /** Gets an execution's status, progress and results. */
    public ToolExecution getExecution(String toolExecutionId) {
        return getExecution(toolExecutionId, RequestOptions.none());
    }

    /** Gets an execution, with per-call options. */
    public ToolExecution getExecution(String toolExecutionId, RequestOptions options) {
        return Futures.join(getExecutionAsync(toolExecutionId, options));
    }

    /** Gets an execution, asynchronously. */
    public CompletableFuture<ToolExecution> getExecutionAsync(String toolExecutionId) {
        return getExecutionAsync(toolExecutionId, RequestOptions.none());
    }

    /** Gets an execution, asynchronously with per-call options. */
    public CompletableFuture<ToolExecution> getExecutionAsync(String toolExecutionId, RequestOptions options) {
        return runtime.call(getRequest(toolExecutionId), options, runtime.json(ToolExecution.class));
    }

    private CompletableFuture<ToolExecution> getExecutionInternal(String toolExecutionId) {
        return runtime.send(getRequest(toolExecutionId), RequestOptions.none(), runtime.json(ToolExecution.class));
    }

    private static ApiRequest getRequest(String toolExecutionId) {
        return ApiRequest.get("/v1/tools/executions/" + ApiRequest.segment(toolExecutionId))
                .endpointClass(VideoGenProfile.EXECUTIONS_READ).build();
    }

    /** Lists the team's executions, most recent first; {@code autoPager()} walks every page. */
    public Page<ToolExecution> listExecutions() {
        return listExecutions(RunListParams.defaults());
    }

    /** Lists executions with paging and filter. */
    public Page<ToolExecution> listExecutions(RunListParams params) {
        return listExecutions(params, RequestOptions.none());
    }

    /** Lists executions, with per-call options. */
    public Page<ToolExecution> listExecutions(RunListParams params, RequestOptions options) {
        return Futures.join(listExecutionsAsync(params, options));
    }

    /** Lists executions, asynchronously. */
    public CompletableFuture<Page<ToolExecution>> listExecutionsAsync(RunListParams params) {
        return listExecutionsAsync(params, RequestOptions.none());
    }

    /** Lists executions, asynchronously with per-call options. */
    public CompletableFuture<Page<ToolExecution>> listExecutionsAsync(RunListParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return runtime.call(Listings.paging(ApiRequest.get("/v1/tools/executions"), params)
                        .endpointClass(VideoGenProfile.EXECUTIONS_READ).build(), options,
                        runtime.json(Listings.ToolExecutions.class))
                .thenApply(list -> Listings.page(list.toolExecutions, list.hasMore, list.nextCursor,
                        cursor -> listExecutionsAsync(params.withCursor(cursor), options)));
    }

    /** Asks VideoGen to cancel an execution (202); a wait on it ends with a cancelled status. */
    public ToolExecutionStarted cancelExecution(String toolExecutionId) {
        return cancelExecution(toolExecutionId, RequestOptions.none());
    }

    /** Cancels an execution, with per-call options. */
    public ToolExecutionStarted cancelExecution(String toolExecutionId, RequestOptions options) {
        return Futures.join(cancelExecutionAsync(toolExecutionId, options));
    }

    /** Cancels an execution, asynchronously. */
    public CompletableFuture<ToolExecutionStarted> cancelExecutionAsync(String toolExecutionId) {
        return cancelExecutionAsync(toolExecutionId, RequestOptions.none());
    }

    /** Cancels an execution, asynchronously with per-call options. */
    public CompletableFuture<ToolExecutionStarted> cancelExecutionAsync(String toolExecutionId, RequestOptions options) {
        return runtime.call(ApiRequest.post("/v1/tools/executions/" + ApiRequest.segment(toolExecutionId) + "/cancel")
                .endpointClass(VideoGenProfile.EXECUTIONS_CANCEL).build(), options, runtime.json(ToolExecutionStarted.class));
    }

    /** Runs any tool and completes with the succeeded execution (default wait: 30 minutes). */
    public CompletableFuture<ToolExecution> runAndWait(ToolRequest request) {
        return runAndWait(request, WaitOptions.defaults());
    }

    /**
     * Runs any tool and completes with the succeeded execution; {@code waitOptions} sets the deadline and the
     * progress listener ({@code progressPercentage} arrives as the update's progress). A failed or cancelled
     * execution fails the future with JobFailedException; cancelling the future cancels the execution at VideoGen.
     */
    public CompletableFuture<ToolExecution> runAndWait(ToolRequest request, WaitOptions waitOptions) {
        return runAndWait(request, waitOptions, RequestOptions.none());
    }

    /** Runs any tool and waits, with options for the start call. */
    public CompletableFuture<ToolExecution> runAndWait(ToolRequest request, WaitOptions waitOptions,
                                                       RequestOptions options) {
        Objects.requireNonNull(waitOptions, "waitOptions");
        return Futures.composeCancellable(startAsync(request, options),
                started -> waitForAsync(started.toolExecutionId(), waitOptions));
    }

    /** Waits for an execution started earlier; blocks until it succeeded. */
    public ToolExecution waitFor(String toolExecutionId) {
        return waitFor(toolExecutionId, WaitOptions.defaults());
    }

    /** Waits for an execution started earlier, with a deadline and listener; blocks until it succeeded. */
    public ToolExecution waitFor(String toolExecutionId, WaitOptions waitOptions) {
        return Futures.join(waitForAsync(toolExecutionId, waitOptions));
    }

    /** Waits for an execution started earlier. */
    public JobFuture<ToolExecution> waitForAsync(String toolExecutionId) {
        return waitForAsync(toolExecutionId, WaitOptions.defaults());
    }

    /** Waits for an execution started earlier; a verified webhook delivery can complete the wait early. */
    public JobFuture<ToolExecution> waitForAsync(String toolExecutionId, WaitOptions waitOptions) {
        ApiRequest.segment(toolExecutionId);
        return runtime.waiter().await(executions, toolExecutionId, null, waitOptions);
    }

    /** The files a succeeded execution produced, each with a fresh signed URL; blocks until hydrated. */
    public List<StorageFile> resultFiles(ToolExecution execution) {
        return Futures.join(resultFilesAsync(execution));
    }

    /** The download URLs of a succeeded execution's files, in result order; blocks until hydrated. */
    public List<String> resultUrls(ToolExecution execution) {
        return Futures.join(resultUrlsAsync(execution));
    }

    /**
     * The files a succeeded execution produced, hydrated so each has a fresh signed URL (files the execution
     * already carried with valid URLs are not hydrated again).
     */
    public CompletableFuture<List<StorageFile>> resultFilesAsync(ToolExecution execution) {
        List<CompletableFuture<StorageFile>> hydrated = new ArrayList<>();
        for (ToolResult result : execution.results()) {
            result.file().ifPresent(files::remember);
            hydrated.add(files.hydratedAsync(result.fileId()));
        }
        return CompletableFuture.allOf(hydrated.toArray(new CompletableFuture<?>[0]))
                .thenApply(ignored -> hydrated.stream().map(CompletableFuture::join).collect(Collectors.toUnmodifiableList()));
    }

    /** The download URLs of a succeeded execution's files, in result order. */
    public CompletableFuture<List<String>> resultUrlsAsync(ToolExecution execution) {
        return resultFilesAsync(execution).thenApply(list -> list.stream()
                .map(file -> files.bestUrl(file).orElseThrow(() -> new MalformedResponseException(
                        "file " + file.fileId() + " has no downloadable source after hydration")))
                .collect(Collectors.toUnmodifiableList()));
    }

    /** Offers an execution state from a verified webhook delivery to a pending wait; returns whether one was pending. */
    boolean deliver(ToolExecution execution) {
        return runtime.waiter().deliver(executions, execution.toolExecutionId(), execution);
    }

    JobType<ToolExecution> jobType() {
        return executions;
    }
}
