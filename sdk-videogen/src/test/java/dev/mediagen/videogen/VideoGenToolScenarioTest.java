package dev.mediagen.videogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mediagen.core.Futures;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.RateLimitException;
import dev.mediagen.core.RawResponse;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.wait.JobFuture;
import dev.mediagen.core.wait.JobUpdate;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.testkit.VideoGenSimulator;
import dev.mediagen.videogen.model.GenerateImageRequest;
import dev.mediagen.videogen.model.GenerateSoundEffectRequest;
import dev.mediagen.videogen.model.JobStatus;
import dev.mediagen.videogen.model.TextToSpeechRequest;
import dev.mediagen.videogen.model.ToolExecution;
import dev.mediagen.videogen.model.ToolExecutionStarted;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real client against the simulator: run-and-wait, progress, failures, cancel, credits, limits, batch polls. */
class VideoGenToolScenarioTest {
    private SimulatedVideoGen sim;

    @BeforeEach
    void setUp() {
        sim = SimulatedVideoGen.automatic();
    }

    @AfterEach
    void tearDown() {
        sim.close();
    }

    @Test
    void runAndWaitReportsRisingProgressAndEndsWithRealMedia() throws Exception {
        List<JobUpdate> updates = new CopyOnWriteArrayList<>();
        WaitOptions wait = WaitOptions.builder().listener(updates::add).build();

        ToolExecution done = sim.client.tools().runAndWait(GenerateImageRequest.builder("a red fox").numResults(2).build(), wait)
                .get(10, TimeUnit.SECONDS);

        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.progressPercentage()).isEqualTo(100.0);
        assertThat(done.results()).hasSize(2);
        List<String> statuses = updates.stream().map(JobUpdate::status).distinct().collect(Collectors.toList());
        assertThat(statuses).containsSubsequence("running", "succeeded");
        List<Double> progress = updates.stream().map(u -> u.progress().orElseThrow()).collect(Collectors.toList());
        assertThat(progress).isSorted().last().isEqualTo(100.0);
        assertThat(progress.stream().filter(p -> p > 0 && p < 100).count()).as("intermediate progress").isPositive();

        List<String> urls = sim.client.tools().resultUrlsAsync(done).get(10, TimeUnit.SECONDS);
        assertThat(urls).hasSize(2).allSatisfy(url -> assertThat(url).startsWith(sim.simulator.baseUrl()));
        byte[] png = fetch(urls.get(0));
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(64);
    }

    @Test
    void speechResultsAreRealWavFiles() throws Exception {
        ToolExecution done = sim.client.tools().runAndWait(
                TextToSpeechRequest.builder("Hello from the simulator", VideoGenSimulator.VOICE_ID).build())
                .get(10, TimeUnit.SECONDS);

        String url = sim.client.tools().resultUrlsAsync(done).get(10, TimeUnit.SECONDS).get(0);
        byte[] wav = fetch(url);
        assertThat(AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav)).getFormat().getSampleRate()).isEqualTo(8000f);
    }

    @Test
    void aFailedExecutionFailsTheFutureWithTheJobAndItsApiError() {
        sim.simulator.failAllJobs(true);

        JobFailedException e = catchThrowableOfType(() -> Futures.join(sim.client.tools().runAndWait(
                GenerateSoundEffectRequest.builder("thunder").build())), JobFailedException.class);

        ToolExecution failed = e.job(ToolExecution.class);
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.error().orElseThrow().code()).contains("generation_failed");
        assertThat(e.errorCode()).contains("generation_failed");
        assertThat(e.jobId()).isEqualTo(failed.toolExecutionId());
    }

    @Test
    void cancellingTheRunAndWaitFutureCancelsTheExecutionAtVideoGen() throws Exception {
        AtomicReference<CompletableFuture<ToolExecution>> future = new AtomicReference<>();
        CompletableFuture<String> runningId = new CompletableFuture<>();
        WaitOptions wait = WaitOptions.builder().listener(update -> {
            if (update.status().equals("running") && runningId.complete(update.jobId())) {
                future.get().cancel(true);
            }
        }).build();
        sim.simulator.runningTime(Duration.ofMinutes(10));

        future.set(sim.client.tools().runAndWait(GenerateImageRequest.builder("a slow fox").build(), wait));
        String id = runningId.get(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> future.get().join()).isInstanceOf(CancellationException.class);
        assertThat(statusAtVideoGen(id)).isEqualTo(JobStatus.CANCELLED);
        assertThat(sim.simulator.requestCount("POST", "/v1/tools/executions/" + id + "/cancel")).isEqualTo(1);
    }

    @Test
    void cancelEndsAPendingWaitWithACancelledFailure() throws Exception {
        sim.simulator.runningTime(Duration.ofMinutes(10));
        ToolExecutionStarted started = sim.client.tools().generateImage(GenerateImageRequest.builder("fox").build());
        JobFuture<ToolExecution> wait = sim.client.tools().waitForAsync(started.toolExecutionId());

        sim.client.tools().cancelExecution(started.toolExecutionId());

        JobFailedException e = catchThrowableOfType(() -> Futures.join(wait), JobFailedException.class);
        assertThat(e.job(ToolExecution.class).status()).isEqualTo(JobStatus.CANCELLED);
    }

    @Test
    void exhaustedCreditsFailAtOnceWithoutRetrying() {
        sim.simulator.credits(1);

        InsufficientCreditsException e = catchThrowableOfType(() -> sim.client.tools().generateImage(
                GenerateImageRequest.builder("fox").build()), InsufficientCreditsException.class);

        assertThat(e.statusCode()).hasValue(429);
        assertThat(sim.simulator.requestCount("POST", "/v1/tools/generate-image")).isEqualTo(1);
        assertThat(sim.simulator.executionCount()).isZero();
    }

    @Test
    void anExhaustedWindowFailsFastOnTheClientInsteadOfHittingTheLimitOrHangingForAnHour() {
        sim.simulator.rateLimit(VideoGenSimulator.LIMIT_TOOLS, 2);
        RawResponse<ToolExecutionStarted> first = RawResponse.capture(
                opts -> sim.client.tools().generateImage(GenerateImageRequest.builder("one").build(), opts));
        sim.client.tools().generateImage(GenerateImageRequest.builder("two").build());

        RateLimitException e = catchThrowableOfType(() -> sim.client.tools().generateImage(
                GenerateImageRequest.builder("three").build()), RateLimitException.class);

        assertThat(first.info().rateLimit().orElseThrow().limit()).hasValue(2);
        assertThat(first.info().rateLimit().orElseThrow().remaining()).hasValue(1);
        assertThat(first.info().rateLimit().orElseThrow().reset()).contains(Instant.parse("2026-07-01T10:00:00Z"));
        assertThat(e.retryAfter()).hasValueSatisfying(wait -> assertThat(wait).isPositive()
                .isLessThanOrEqualTo(Duration.ofHours(1)));
        assertThat(sim.simulator.requestCount("POST", "/v1/tools/generate-image")).as("the third call was never sent")
                .isEqualTo(2);
        assertThat(sim.simulator.executionCount()).isEqualTo(2);
    }

    @Test
    void aFarAwayResetOfA429FailsFastWithRetryAfter() {
        sim.simulator.rateLimit(VideoGenSimulator.LIMIT_TOOLS, 2);
        try (VideoGenClient unpaced = VideoGenClient.builder().apiKey(VideoGenSimulator.API_KEY)
                .baseUrl(sim.simulator.baseUrl()).scheduler(sim.scheduler).clientSideRateLimiting(false).build()) {
            unpaced.tools().generateImage(GenerateImageRequest.builder("one").build());
            unpaced.tools().generateImage(GenerateImageRequest.builder("two").build());

            RateLimitException e = catchThrowableOfType(() -> unpaced.tools().generateImage(
                    GenerateImageRequest.builder("three").build()), RateLimitException.class);

            assertThat(e.statusCode()).hasValue(429);
            assertThat(e.errorCode()).contains("rate_limited");
            assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isBetween(Duration.ofMinutes(59), Duration.ofHours(1)));
        }
        assertThat(sim.simulator.requestCount("POST", "/v1/tools/generate-image")).isEqualTo(3);
        assertThat(sim.simulator.executionCount()).isEqualTo(2);
    }

    @Test
    void aShort429OnAPollIsWaitedOutAndTheWaitStillSucceeds() throws Exception {
        sim.simulator.rateLimitNext(1, "/v1/tools/executions", Duration.ofSeconds(5));

        ToolExecution done = sim.client.tools().runAndWait(GenerateImageRequest.builder("fox").build())
                .get(10, TimeUnit.SECONDS);

        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(sim.scheduler.requestedDelays()).as("the wait until the window's reset (whole Unix seconds)")
                .anySatisfy(d -> assertThat(d).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(6)));
    }

    @Test
    void manyPendingExecutionsArePolledThroughTheListingInsideTheReadBudget() throws Exception {
        sim.simulator.runningTime(Duration.ofMinutes(5));
        Instant started = sim.scheduler.now();
        List<CompletableFuture<ToolExecution>> waits = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String id = sim.client.tools().generateImage(GenerateImageRequest.builder("fox " + i).build()).toolExecutionId();
            waits.add(sim.client.tools().waitForAsync(id));
        }

        CompletableFuture.allOf(waits.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);

        long elapsedSeconds = Duration.between(started, sim.scheduler.now()).toSeconds();
        List<String> reads = sim.simulator.requestLog().stream()
                .filter(line -> line.startsWith("GET /v1/tools/executions")).collect(Collectors.toList());
        long listings = reads.stream().filter(line -> line.equals("GET /v1/tools/executions")).count();
        assertThat(waits).allSatisfy(w -> assertThat(w.join().status()).isEqualTo(JobStatus.SUCCEEDED));
        assertThat(listings).as("listing requests").isPositive();
        assertThat((double) reads.size()).as("reads (%d listings) in %d virtual seconds", listings, elapsedSeconds)
                .isLessThanOrEqualTo(elapsedSeconds + 1.0);
    }

    @Test
    void theSimulatorChecksWhatTheClientCannotKnow() {
        assertThatThrownBy(() -> sim.client.tools().textToSpeech(
                TextToSpeechRequest.builder("hi", VideoGenSimulator.WORKFLOW_ONLY_VOICE_ID).build()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("does not support direct tool execution");
        assertThatThrownBy(() -> sim.client.tools().upscaleImage(
                dev.mediagen.videogen.model.UpscaleImageRequest.of("vg_file_nope")))
                .isInstanceOf(dev.mediagen.core.NotFoundException.class);
        assertThatThrownBy(() -> sim.client.tools().getExecution("exec-42"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errorCode()).contains("invalid_id"));
    }

    private JobStatus statusAtVideoGen(String id) {
        JobStatus status = null;
        for (int check = 0; check < 200 && !JobStatus.CANCELLED.equals(status); check++) {
            status = sim.client.tools().getExecution(id).status();
        }
        return status;
    }

    static byte[] fetch(String url) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
