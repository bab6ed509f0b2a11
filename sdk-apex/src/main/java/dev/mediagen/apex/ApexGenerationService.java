package dev.mediagen.apex;

import dev.mediagen.core.Futures;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.ResponseHandler;
import dev.mediagen.core.wait.WaitOptions;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Generation: the {@code POST /api/generate/*} endpoints. Each create returns the queued {@link Job}; each
 * {@code ...AndWait} variant also waits (by polling {@code GET /api/jobs?id=}, or one listing for many jobs) until the
 * job completed, failing with {@code JobFailedException} when it failed.
 *
 * <p>Creates are paced client-side to the documented 5 per 10 seconds, so a burst of submissions is spread out instead
 * of answered with 429s. Apex has no idempotency key: a create is re-sent only when Apex provably did not process it
 * (a refused connection or a 429), never after a lost response, so a job is never charged twice.
 */
public final class ApexGenerationService {
    private final ApiRuntime runtime;
    private final ApexJobService jobs;

    ApexGenerationService(ApiRuntime runtime, ApexJobService jobs) {
        this.runtime = runtime;
        this.jobs = jobs;
    }

    // ---- any generation request ----------------------------------------------------------------------------

    /** Creates the job a request describes. */
    public Job submit(GenerationRequest request) {
        return submit(request, RequestOptions.none());
    }

    /** Creates the job a request describes, with per-call options. */
    public Job submit(GenerationRequest request, RequestOptions options) {
        return Futures.join(submitAsync(request, options));
    }

    /** Creates the job a request describes, asynchronously. */
    public CompletableFuture<Job> submitAsync(GenerationRequest request) {
        return submitAsync(request, RequestOptions.none());
    }

    /** Creates the job a request describes, asynchronously, with per-call options. */
    public CompletableFuture<Job> submitAsync(GenerationRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        ApiRequest call = ApiRequest.post(request.path())
                .endpointClass(ApexProfile.GENERATE)
                .json(request.body())
                .paidWork(null)
                .build();
        ResponseHandler<Job> job = ApexEnvelope.data(Job.class);
        return runtime.call(call, options, response -> job.handle(response).withKind(request.kind()));
    }

    /** Creates the job and blocks until it completed (default wait options). */
    public Job submitAndWait(GenerationRequest request) {
        return submitAndWait(request, WaitOptions.defaults());
    }

    /**
     * Creates the job and blocks until it completed.
     *
     * @throws dev.mediagen.core.JobFailedException when it failed (its {@code job()} is the failed {@link Job})
     * @throws dev.mediagen.core.WaitTimeoutException when the wait's timeout passed first
     */
    public Job submitAndWait(GenerationRequest request, WaitOptions waitOptions) {
        return Futures.join(submitAndWaitAsync(request, waitOptions, RequestOptions.none()));
    }

    /** Creates the job; the future completes with the finished job. */
    public CompletableFuture<Job> submitAndWaitAsync(GenerationRequest request) {
        return submitAndWaitAsync(request, WaitOptions.defaults(), RequestOptions.none());
    }

    /** Creates the job and waits with {@code waitOptions} (deadline, poll cadence, progress listener). */
    public CompletableFuture<Job> submitAndWaitAsync(GenerationRequest request, WaitOptions waitOptions) {
        return submitAndWaitAsync(request, waitOptions, RequestOptions.none());
    }

    /**
     * Creates the job and waits for it. The future fails with {@code JobFailedException} when the job fails;
     * cancelling it cancels the pending create or stops polling (Apex cannot cancel a job).
     */
    public CompletableFuture<Job> submitAndWaitAsync(GenerationRequest request, WaitOptions waitOptions,
                                                     RequestOptions options) {
        Objects.requireNonNull(waitOptions, "waitOptions");
        return Futures.composeCancellable(submitAsync(request, options), created -> jobs.await(created, waitOptions));
    }

    // ---- voice clone (synchronous at Apex) -----------------------------------------------------------------

    /** Clones a voice ({@code POST /api/generate/voice-clone}, 80 credits); Apex answers at once. */
    public VoiceClone cloneVoice(VoiceCloneRequest request) {
        return cloneVoice(request, RequestOptions.none());
    }

    /** Clones a voice, with per-call options. */
    public VoiceClone cloneVoice(VoiceCloneRequest request, RequestOptions options) {
        return Futures.join(cloneVoiceAsync(request, options));
    }

    /** Clones a voice asynchronously. */
    public CompletableFuture<VoiceClone> cloneVoiceAsync(VoiceCloneRequest request) {
        return cloneVoiceAsync(request, RequestOptions.none());
    }

    /** Clones a voice asynchronously, with per-call options; the answer is read with or without a data envelope. */
    public CompletableFuture<VoiceClone> cloneVoiceAsync(VoiceCloneRequest request, RequestOptions options) {
        Objects.requireNonNull(request, "request");
        ApiRequest call = ApiRequest.post("/api/generate/voice-clone")
                .endpointClass(ApexProfile.GENERATE)
                .json(request.body())
                .paidWork(null)
                .build();
        ResponseHandler<VoiceClone> clone = ApexEnvelope.dataOrBare(VoiceClone.class);
        return runtime.call(call, options, response -> {
            VoiceClone read = clone.handle(response);
            if (read.voiceId() == null || read.voiceId().isBlank()) {
                throw new IllegalStateException("the answer has no voiceId");
            }
            return read;
        });
    }

    // ---- image ----

    /** Creates an image; returns the queued job. */
    public Job image(ImageRequest request) {
        return submit(request);
    }

    /** Creates an image, with per-call options; returns the queued job. */
    public Job image(ImageRequest request, RequestOptions options) {
        return submit(request, options);
    }

    /** Creates an image asynchronously; completes with the queued job. */
    public CompletableFuture<Job> imageAsync(ImageRequest request) {
        return submitAsync(request);
    }

    /** Creates an image asynchronously, with per-call options; completes with the queued job. */
    public CompletableFuture<Job> imageAsync(ImageRequest request, RequestOptions options) {
        return submitAsync(request, options);
    }

    /** Creates an image and blocks until the job completed. */
    public Job imageAndWait(ImageRequest request) {
        return submitAndWait(request);
    }

    /** Creates an image and blocks until the job completed, waiting with {@code waitOptions}. */
    public Job imageAndWait(ImageRequest request, WaitOptions waitOptions) {
        return submitAndWait(request, waitOptions);
    }

    /** Creates an image; the future completes with the finished job. */
    public CompletableFuture<Job> imageAndWaitAsync(ImageRequest request) {
        return submitAndWaitAsync(request);
    }

    /** Creates an image; the future completes with the finished job, waiting with {@code waitOptions}. */
    public CompletableFuture<Job> imageAndWaitAsync(ImageRequest request, WaitOptions waitOptions) {
        return submitAndWaitAsync(request, waitOptions);
    }

    /** Creates an image with per-call options; the future completes with the finished job. */
    public CompletableFuture<Job> imageAndWaitAsync(ImageRequest request, WaitOptions waitOptions, RequestOptions options) {
        return submitAndWaitAsync(request, waitOptions, options);
    }

    // ---- video ----

    /** Creates a video from a script; returns the queued job. */
    public Job video(VideoRequest request) {
        return submit(request);
    }

    /** Creates a video from a script, with per-call options; returns the queued job. */
    public Job video(VideoRequest request, RequestOptions options) {
        return submit(request, options);
    }

    /** Creates a video from a script asynchronously; completes with the queued job. */
    public CompletableFuture<Job> videoAsync(VideoRequest request) {
        return submitAsync(request);
    }

    /** Creates a video from a script asynchronously, with per-call options; completes with the queued job. */
    public CompletableFuture<Job> videoAsync(VideoRequest request, RequestOptions options) {
        return submitAsync(request, options);
    }

    /** Creates a video from a script and blocks until the job completed. */
    public Job videoAndWait(VideoRequest request) {
        return submitAndWait(request);
    }

    /** Creates a video from a script and blocks until the job completed, waiting with {@code waitOptions}. */
    public Job videoAndWait(VideoRequest request, WaitOptions waitOptions) {
        return submitAndWait(request, waitOptions);
    }

    /** Creates a video from a script; the future completes with the finished job. */
    public CompletableFuture<Job> videoAndWaitAsync(VideoRequest request) {
        return submitAndWaitAsync(request);
    }

    /** Creates a video from a script; the future completes with the finished job, waiting with {@code waitOptions}. */
    public CompletableFuture<Job> videoAndWaitAsync(VideoRequest request, WaitOptions waitOptions) {
        return submitAndWaitAsync(request, waitOptions);
    }

    /** Creates a video from a script with per-call options; the future completes with the finished job. */
    public CompletableFuture<Job> videoAndWaitAsync(VideoRequest request, WaitOptions waitOptions, RequestOptions options) {
        return submitAndWaitAsync(request, waitOptions, options);
    }

    // ---- voice ----

    /** Creates speech from text; returns the queued job. */
    public Job voice(VoiceRequest request) {
        return submit(request);
    }

    /** Creates speech from text, with per-call options; returns the queued job. */
    public Job voice(VoiceRequest request, RequestOptions options) {
        return submit(request, options);
    }

    /** Creates speech from text asynchronously; completes with the queued job. */
    public CompletableFuture<Job> voiceAsync(VoiceRequest request) {
        return submitAsync(request);
    }

    /** Creates speech from text asynchronously, with per-call options; completes with the queued job. */
    public CompletableFuture<Job> voiceAsync(VoiceRequest request, RequestOptions options) {
        return submitAsync(request, options);
    }

    /** Creates speech from text and blocks until the job completed. */
    public Job voiceAndWait(VoiceRequest request) {
        return submitAndWait(request);
    }

    /** Creates speech from text and blocks until the job completed, waiting with {@code waitOptions}. */
    public Job voiceAndWait(VoiceRequest request, WaitOptions waitOptions) {
        return submitAndWait(request, waitOptions);
    }

    /** Creates speech from text; the future completes with the finished job. */
    public CompletableFuture<Job> voiceAndWaitAsync(VoiceRequest request) {
        return submitAndWaitAsync(request);
    }

    /** Creates speech from text; the future completes with the finished job, waiting with {@code waitOptions}. */
    public CompletableFuture<Job> voiceAndWaitAsync(VoiceRequest request, WaitOptions waitOptions) {
        return submitAndWaitAsync(request, waitOptions);
    }

    /** Creates speech from text with per-call options; the future completes with the finished job. */
    public CompletableFuture<Job> voiceAndWaitAsync(VoiceRequest request, WaitOptions waitOptions, RequestOptions options) {
        return submitAndWaitAsync(request, waitOptions, options);
    }

    // ---- avatar ----

    /** Creates a talking-head avatar video; returns the queued job. */
    public Job avatar(AvatarRequest request) {
        return submit(request);
    }

    /** Creates a talking-head avatar video, with per-call options; returns the queued job. */
    public Job avatar(AvatarRequest request, RequestOptions options) {
        return submit(request, options);
    }

    /** Creates a talking-head avatar video asynchronously; completes with the queued job. */
    public CompletableFuture<Job> avatarAsync(AvatarRequest request) {
        return submitAsync(request);
    }

    /** Creates a talking-head avatar video asynchronously, with per-call options; completes with the queued job. */
    public CompletableFuture<Job> avatarAsync(AvatarRequest request, RequestOptions options) {
        return submitAsync(request, options);
    }

    /** Creates a talking-head avatar video and blocks until the job completed. */
    public Job avatarAndWait(AvatarRequest request) {
        return submitAndWait(request);
    }

    /** Creates a talking-head avatar video and blocks until the job completed, waiting with {@code waitOptions}. */
    public Job avatarAndWait(AvatarRequest request, WaitOptions waitOptions) {
        return submitAndWait(request, waitOptions);
    }

    /** Creates a talking-head avatar video; the future completes with the finished job. */
    public CompletableFuture<Job> avatarAndWaitAsync(AvatarRequest request) {
        return submitAndWaitAsync(request);
    }

    /** Creates a talking-head avatar video; the future completes with the finished job, waiting with {@code waitOptions}. */
    public CompletableFuture<Job> avatarAndWaitAsync(AvatarRequest request, WaitOptions waitOptions) {
        return submitAndWaitAsync(request, waitOptions);
    }

    /** Creates a talking-head avatar video with per-call options; the future completes with the finished job. */
    public CompletableFuture<Job> avatarAndWaitAsync(AvatarRequest request, WaitOptions waitOptions, RequestOptions options) {
        return submitAndWaitAsync(request, waitOptions, options);
    }

    // ---- clip ----

    /** Creates clips of a long video; returns the queued job. */
    public Job clip(ClipRequest request) {
        return submit(request);
    }

    /** Creates clips of a long video, with per-call options; returns the queued job. */
    public Job clip(ClipRequest request, RequestOptions options) {
        return submit(request, options);
    }

    /** Creates clips of a long video asynchronously; completes with the queued job. */
    public CompletableFuture<Job> clipAsync(ClipRequest request) {
        return submitAsync(request);
    }

    /** Creates clips of a long video asynchronously, with per-call options; completes with the queued job. */
    public CompletableFuture<Job> clipAsync(ClipRequest request, RequestOptions options) {
        return submitAsync(request, options);
    }

    /** Creates clips of a long video and blocks until the job completed. */
    public Job clipAndWait(ClipRequest request) {
        return submitAndWait(request);
    }

    /** Creates clips of a long video and blocks until the job completed, waiting with {@code waitOptions}. */
    public Job clipAndWait(ClipRequest request, WaitOptions waitOptions) {
        return submitAndWait(request, waitOptions);
    }

    /** Creates clips of a long video; the future completes with the finished job. */
    public CompletableFuture<Job> clipAndWaitAsync(ClipRequest request) {
        return submitAndWaitAsync(request);
    }

    /** Creates clips of a long video; the future completes with the finished job, waiting with {@code waitOptions}. */
    public CompletableFuture<Job> clipAndWaitAsync(ClipRequest request, WaitOptions waitOptions) {
        return submitAndWaitAsync(request, waitOptions);
    }

    /** Creates clips of a long video with per-call options; the future completes with the finished job. */
    public CompletableFuture<Job> clipAndWaitAsync(ClipRequest request, WaitOptions waitOptions, RequestOptions options) {
        return submitAndWaitAsync(request, waitOptions, options);
    }

    // ---- bRoll ----

    /** Creates b-roll footage; returns the queued job. */
    public Job bRoll(BRollRequest request) {
        return submit(request);
    }

    /** Creates b-roll footage, with per-call options; returns the queued job. */
    public Job bRoll(BRollRequest request, RequestOptions options) {
        return submit(request, options);
    }

    /** Creates b-roll footage asynchronously; completes with the queued job. */
    public CompletableFuture<Job> bRollAsync(BRollRequest request) {
        return submitAsync(request);
    }

    /** Creates b-roll footage asynchronously, with per-call options; completes with the queued job. */
    public CompletableFuture<Job> bRollAsync(BRollRequest request, RequestOptions options) {
        return submitAsync(request, options);
    }

    /** Creates b-roll footage and blocks until the job completed. */
    public Job bRollAndWait(BRollRequest request) {
        return submitAndWait(request);
    }

    /** Creates b-roll footage and blocks until the job completed, waiting with {@code waitOptions}. */
    public Job bRollAndWait(BRollRequest request, WaitOptions waitOptions) {
        return submitAndWait(request, waitOptions);
    }

    /** Creates b-roll footage; the future completes with the finished job. */
    public CompletableFuture<Job> bRollAndWaitAsync(BRollRequest request) {
        return submitAndWaitAsync(request);
    }

    /** Creates b-roll footage; the future completes with the finished job, waiting with {@code waitOptions}. */
    public CompletableFuture<Job> bRollAndWaitAsync(BRollRequest request, WaitOptions waitOptions) {
        return submitAndWaitAsync(request, waitOptions);
    }

    /** Creates b-roll footage with per-call options; the future completes with the finished job. */
    public CompletableFuture<Job> bRollAndWaitAsync(BRollRequest request, WaitOptions waitOptions, RequestOptions options) {
        return submitAndWaitAsync(request, waitOptions, options);
    }

    // ---- textToVideo ----

    /** Creates a video from a text script; returns the queued job. */
    public Job textToVideo(TextToVideoRequest request) {
        return submit(request);
    }

    /** Creates a video from a text script, with per-call options; returns the queued job. */
    public Job textToVideo(TextToVideoRequest request, RequestOptions options) {
        return submit(request, options);
    }

    /** Creates a video from a text script asynchronously; completes with the queued job. */
    public CompletableFuture<Job> textToVideoAsync(TextToVideoRequest request) {
        return submitAsync(request);
    }

    /** Creates a video from a text script asynchronously, with per-call options; completes with the queued job. */
    public CompletableFuture<Job> textToVideoAsync(TextToVideoRequest request, RequestOptions options) {
        return submitAsync(request, options);
    }

    /** Creates a video from a text script and blocks until the job completed. */
    public Job textToVideoAndWait(TextToVideoRequest request) {
        return submitAndWait(request);
    }

    /** Creates a video from a text script and blocks until the job completed, waiting with {@code waitOptions}. */
    public Job textToVideoAndWait(TextToVideoRequest request, WaitOptions waitOptions) {
        return submitAndWait(request, waitOptions);
    }

    /** Creates a video from a text script; the future completes with the finished job. */
    public CompletableFuture<Job> textToVideoAndWaitAsync(TextToVideoRequest request) {
        return submitAndWaitAsync(request);
    }

    /** Creates a video from a text script; the future completes with the finished job, waiting with {@code waitOptions}. */
    public CompletableFuture<Job> textToVideoAndWaitAsync(TextToVideoRequest request, WaitOptions waitOptions) {
        return submitAndWaitAsync(request, waitOptions);
    }

    /** Creates a video from a text script with per-call options; the future completes with the finished job. */
    public CompletableFuture<Job> textToVideoAndWaitAsync(TextToVideoRequest request, WaitOptions waitOptions, RequestOptions options) {
        return submitAndWaitAsync(request, waitOptions, options);
    }

    // ---- commercial ----

    /** Creates a commercial; returns the queued job. */
    public Job commercial(CommercialRequest request) {
        return submit(request);
    }

    /** Creates a commercial, with per-call options; returns the queued job. */
    public Job commercial(CommercialRequest request, RequestOptions options) {
        return submit(request, options);
    }

    /** Creates a commercial asynchronously; completes with the queued job. */
    public CompletableFuture<Job> commercialAsync(CommercialRequest request) {
        return submitAsync(request);
    }

    /** Creates a commercial asynchronously, with per-call options; completes with the queued job. */
    public CompletableFuture<Job> commercialAsync(CommercialRequest request, RequestOptions options) {
        return submitAsync(request, options);
    }

    /** Creates a commercial and blocks until the job completed. */
    public Job commercialAndWait(CommercialRequest request) {
        return submitAndWait(request);
    }

    /** Creates a commercial and blocks until the job completed, waiting with {@code waitOptions}. */
    public Job commercialAndWait(CommercialRequest request, WaitOptions waitOptions) {
        return submitAndWait(request, waitOptions);
    }

    /** Creates a commercial; the future completes with the finished job. */
    public CompletableFuture<Job> commercialAndWaitAsync(CommercialRequest request) {
        return submitAndWaitAsync(request);
    }

    /** Creates a commercial; the future completes with the finished job, waiting with {@code waitOptions}. */
    public CompletableFuture<Job> commercialAndWaitAsync(CommercialRequest request, WaitOptions waitOptions) {
        return submitAndWaitAsync(request, waitOptions);
    }

    /** Creates a commercial with per-call options; the future completes with the finished job. */
    public CompletableFuture<Job> commercialAndWaitAsync(CommercialRequest request, WaitOptions waitOptions, RequestOptions options) {
        return submitAndWaitAsync(request, waitOptions, options);
    }

    // ---- translate ----

    /** Creates a translated video; returns the queued job. */
    public Job translate(TranslateRequest request) {
        return submit(request);
    }

    /** Creates a translated video, with per-call options; returns the queued job. */
    public Job translate(TranslateRequest request, RequestOptions options) {
        return submit(request, options);
    }

    /** Creates a translated video asynchronously; completes with the queued job. */
    public CompletableFuture<Job> translateAsync(TranslateRequest request) {
        return submitAsync(request);
    }

    /** Creates a translated video asynchronously, with per-call options; completes with the queued job. */
    public CompletableFuture<Job> translateAsync(TranslateRequest request, RequestOptions options) {
        return submitAsync(request, options);
    }

    /** Creates a translated video and blocks until the job completed. */
    public Job translateAndWait(TranslateRequest request) {
        return submitAndWait(request);
    }

    /** Creates a translated video and blocks until the job completed, waiting with {@code waitOptions}. */
    public Job translateAndWait(TranslateRequest request, WaitOptions waitOptions) {
        return submitAndWait(request, waitOptions);
    }

    /** Creates a translated video; the future completes with the finished job. */
    public CompletableFuture<Job> translateAndWaitAsync(TranslateRequest request) {
        return submitAndWaitAsync(request);
    }

    /** Creates a translated video; the future completes with the finished job, waiting with {@code waitOptions}. */
    public CompletableFuture<Job> translateAndWaitAsync(TranslateRequest request, WaitOptions waitOptions) {
        return submitAndWaitAsync(request, waitOptions);
    }

    /** Creates a translated video with per-call options; the future completes with the finished job. */
    public CompletableFuture<Job> translateAndWaitAsync(TranslateRequest request, WaitOptions waitOptions, RequestOptions options) {
        return submitAndWaitAsync(request, waitOptions, options);
    }

    // ---- instantAd ----

    /** Creates ad creatives from a website; returns the queued job. */
    public Job instantAd(InstantAdRequest request) {
        return submit(request);
    }

    /** Creates ad creatives from a website, with per-call options; returns the queued job. */
    public Job instantAd(InstantAdRequest request, RequestOptions options) {
        return submit(request, options);
    }

    /** Creates ad creatives from a website asynchronously; completes with the queued job. */
    public CompletableFuture<Job> instantAdAsync(InstantAdRequest request) {
        return submitAsync(request);
    }

    /** Creates ad creatives from a website asynchronously, with per-call options; completes with the queued job. */
    public CompletableFuture<Job> instantAdAsync(InstantAdRequest request, RequestOptions options) {
        return submitAsync(request, options);
    }

    /** Creates ad creatives from a website and blocks until the job completed. */
    public Job instantAdAndWait(InstantAdRequest request) {
        return submitAndWait(request);
    }

    /** Creates ad creatives from a website and blocks until the job completed, waiting with {@code waitOptions}. */
    public Job instantAdAndWait(InstantAdRequest request, WaitOptions waitOptions) {
        return submitAndWait(request, waitOptions);
    }

    /** Creates ad creatives from a website; the future completes with the finished job. */
    public CompletableFuture<Job> instantAdAndWaitAsync(InstantAdRequest request) {
        return submitAndWaitAsync(request);
    }

    /** Creates ad creatives from a website; the future completes with the finished job, waiting with {@code waitOptions}. */
    public CompletableFuture<Job> instantAdAndWaitAsync(InstantAdRequest request, WaitOptions waitOptions) {
        return submitAndWaitAsync(request, waitOptions);
    }

    /** Creates ad creatives from a website with per-call options; the future completes with the finished job. */
    public CompletableFuture<Job> instantAdAndWaitAsync(InstantAdRequest request, WaitOptions waitOptions, RequestOptions options) {
        return submitAndWaitAsync(request, waitOptions, options);
    }

    // ---- photoshoot ----

    /** Creates product photos; returns the queued job. */
    public Job photoshoot(PhotoshootRequest request) {
        return submit(request);
    }

    /** Creates product photos, with per-call options; returns the queued job. */
    public Job photoshoot(PhotoshootRequest request, RequestOptions options) {
        return submit(request, options);
    }

    /** Creates product photos asynchronously; completes with the queued job. */
    public CompletableFuture<Job> photoshootAsync(PhotoshootRequest request) {
        return submitAsync(request);
    }

    /** Creates product photos asynchronously, with per-call options; completes with the queued job. */
    public CompletableFuture<Job> photoshootAsync(PhotoshootRequest request, RequestOptions options) {
        return submitAsync(request, options);
    }

    /** Creates product photos and blocks until the job completed. */
    public Job photoshootAndWait(PhotoshootRequest request) {
        return submitAndWait(request);
    }

    /** Creates product photos and blocks until the job completed, waiting with {@code waitOptions}. */
    public Job photoshootAndWait(PhotoshootRequest request, WaitOptions waitOptions) {
        return submitAndWait(request, waitOptions);
    }

    /** Creates product photos; the future completes with the finished job. */
    public CompletableFuture<Job> photoshootAndWaitAsync(PhotoshootRequest request) {
        return submitAndWaitAsync(request);
    }

    /** Creates product photos; the future completes with the finished job, waiting with {@code waitOptions}. */
    public CompletableFuture<Job> photoshootAndWaitAsync(PhotoshootRequest request, WaitOptions waitOptions) {
        return submitAndWaitAsync(request, waitOptions);
    }

    /** Creates product photos with per-call options; the future completes with the finished job. */
    public CompletableFuture<Job> photoshootAndWaitAsync(PhotoshootRequest request, WaitOptions waitOptions, RequestOptions options) {
        return submitAndWaitAsync(request, waitOptions, options);
    }
}
