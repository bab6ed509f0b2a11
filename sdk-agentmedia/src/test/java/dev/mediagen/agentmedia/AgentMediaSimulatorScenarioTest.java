package dev.mediagen.agentmedia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.AuthenticationException;
import dev.mediagen.core.ConflictException;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.PermissionDeniedException;
import dev.mediagen.core.RateLimitException;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.RetryPolicy;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.WaitTimeoutException;
import dev.mediagen.core.download.DownloadResult;
import dev.mediagen.core.time.VirtualScheduler;
import dev.mediagen.core.wait.JobUpdate;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.testkit.AgentMediaSimulator;
import dev.mediagen.testkit.SimClock;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The real client against the agent-media simulator, on virtual time. */
class AgentMediaSimulatorScenarioTest {
    private static final String SCRIPT = VideoCreateParamsTest.SCRIPT;

    private VirtualScheduler scheduler;
    private AgentMediaSimulator sim;
    private AgentMediaClient client;

    private void startAutomatic() {
        start(VirtualScheduler.automatic(AgentMediaSimulator.DEFAULT_START));
    }

    private void start(VirtualScheduler virtual) {
        scheduler = virtual;
        sim = new AgentMediaSimulator(SimClock.following(scheduler.clock())).start();
        client = AgentMediaClient.builder().baseUrl(sim.apiBaseUrl()).apiKey(sim.apiKey()).scheduler(scheduler).build();
    }

    @AfterEach
    void tearDown() {
        if (client != null) {
            client.close();
        }
        if (sim != null) {
            sim.close();
        }
        if (scheduler != null) {
            scheduler.close();
        }
    }

    private static VideoCreateParams tenSeconds() {
        return VideoCreateParams.script(SCRIPT).actorSlug("emma").targetDuration(10).build();
    }

    @Test
    void createAndWaitHonoursRetryAfterReportsProgressAndDownloadsTheVideo(@TempDir Path dir) throws Exception {
        startAutomatic();
        sim.retryAfter(Duration.ofSeconds(2));
        List<JobUpdate> updates = Collections.synchronizedList(new ArrayList<>());

        VideoJob job = client.videos().createAndWait(tenSeconds(),
                WaitOptions.builder().listener(updates::add).build());

        assertThat(job.status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(job.outputUrl()).hasValueSatisfying(url -> assertThat(url).startsWith(sim.url("/r2/videos/")));
        assertThat(job.creditCost()).hasValue(300);
        assertThat(updates.stream().map(JobUpdate::status).distinct().collect(Collectors.toList()))
                .containsExactly("processing", "completed");
        List<Duration> pollDelays = scheduler.requestedDelays();
        assertThat(pollDelays.get(0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(pollDelays.subList(1, pollDelays.size())).isNotEmpty().containsOnly(Duration.ofSeconds(2));
        assertThat(sim.requestCount("GET", "/api/v1/videos/" + job.id())).isEqualTo(pollDelays.size());
        assertThat(client.account().info().credits().total()).isEqualTo(6_900 - 300);

        Path target = dir.resolve("video.mp4");
        DownloadResult download = client.downloads().toPath(job.outputUrl().orElseThrow(), target).get(10, TimeUnit.SECONDS);
        byte[] bytes = Files.readAllBytes(target);
        assertThat(download.bytes()).isEqualTo(bytes.length).isPositive();
        assertThat(download.contentType()).hasValue("video/mp4");
        assertThat(new String(Arrays.copyOfRange(bytes, 4, 8), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("ftyp");
    }

    @Test
    void theDefaultRetryAfterOfFiveSecondsPacesThePolls() {
        startAutomatic();

        VideoJob job = client.videos().createAndWait(tenSeconds());

        assertThat(job.status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(scheduler.requestedDelays()).containsOnly(Duration.ofSeconds(5)).hasSize(10);
    }

    @Test
    void aFailedJobFailsTheWaitAndRefundsItsCredits() {
        startAutomatic();
        sim.failAllJobs(true);

        assertThatThrownBy(() -> client.videos().createAndWait(tenSeconds()))
                .isInstanceOfSatisfying(JobFailedException.class, e -> {
                    VideoJob failed = e.job(VideoJob.class);
                    assertThat(failed.status()).isEqualTo(VideoStatus.FAILED);
                    assertThat(failed.errorCode()).hasValue("RENDER_FAILED");
                    assertThat(e.errorCode()).hasValue("RENDER_FAILED");
                    assertThat(e.getMessage()).contains("failed").contains("Credits have been refunded");
                });
        assertThat(client.account().info().credits().total()).isEqualTo(6_900);
        UsageStats usage = client.account().usage(UsagePeriod.LAST_7_DAYS);
        assertThat(usage.summary().failedJobs()).isEqualTo(1);
        assertThat(usage.summary().creditsUsed()).isZero();
    }

    @Test
    void cancellingTheFutureCancelsTheJobAtTheVendorAndRefunds() throws Exception {
        startAutomatic();
        sim.processingTime(Duration.ofHours(1));
        CompletableFuture<JobUpdate> firstUpdate = new CompletableFuture<>();

        CompletableFuture<VideoJob> future = client.videos().createAndWaitAsync(tenSeconds(),
                WaitOptions.builder().listener(firstUpdate::complete).build());
        JobUpdate processing = firstUpdate.get(10, TimeUnit.SECONDS);
        assertThat(sim.creditsTotal()).isEqualTo(6_600);

        assertThat(future.cancel(true)).isTrue();

        assertThat(processing.status()).isEqualTo("processing");
        assertThat(sim.awaitStatus(processing.jobId(), "canceled", Duration.ofSeconds(10))).isTrue();
        assertThat(sim.requestCount("POST", "/api/v1/videos/" + processing.jobId() + "/cancel")).isEqualTo(1);
        assertThat(sim.creditsTotal()).isEqualTo(6_900);
        assertThat(future).isCancelled();
        VideoJob canceled = client.videos().get(processing.jobId());
        assertThat(canceled.status()).isEqualTo(VideoStatus.CANCELED);
        assertThat(canceled.errorCode()).hasValue("USER_CANCELED");
    }

    @Test
    void cancelReportsTheRefundAndAFinishedJobCannotBeCancelled() {
        startAutomatic();
        VideoCreated created = client.videos().create(tenSeconds());

        VideoCancellation canceled = client.videos().cancel(created.jobId());

        assertThat(canceled.canceled()).isTrue();
        assertThat(canceled.jobId()).isEqualTo(created.jobId());
        assertThat(canceled.creditsRefunded()).isEqualTo(300);
        assertThat(canceled.refundPending()).isFalse();
        assertThatThrownBy(() -> client.videos().cancel(created.jobId()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.errorCode()).hasValue("cannot_cancel");
                    assertThat(e.getMessage()).contains("Job is already canceled");
                });
        assertThatThrownBy(() -> client.videos().waitFor(created.jobId()))
                .isInstanceOfSatisfying(JobFailedException.class, e -> assertThat(e.getMessage()).contains("canceled"));
    }

    @Test
    void pacingAutoUpgradeIsSurfacedAndBilledAsTheOfflineEstimateSays() {
        startAutomatic();
        VideoCreateParams params = VideoCreateParams.script(VideoCreateParamsTest.words(13)).targetDuration(5).build();

        VideoCreated created = client.videos().create(params);

        assertThat(created.pacingWarning()).hasValueSatisfying(w -> assertThat(w)
                .contains("13 words").contains("Auto-upgraded to 10s"));
        assertThat(created.estimatedDuration()).hasValue(10);
        assertThat(created.maxWords()).hasValue(25);
        assertThat(created.wordCount()).hasValue(13);
        assertThat(created.creditsDeducted()).isEqualTo(params.estimateCredits().totalCredits()).isEqualTo(300);
        assertThat(client.videos().get(created.jobId()).durationSeconds()).hasValue(new BigDecimal("10"));
    }

    @Test
    void aPromptGeneratesTheScriptForFiveCreditsMore() {
        startAutomatic();

        VideoCreated created = client.videos().create(VideoCreateParams.prompt("An ad for a planner app").build());

        assertThat(created.generatedScript()).hasValueSatisfying(s -> assertThat(Pacing.wordCount(s)).isLessThanOrEqualTo(25));
        assertThat(created.creditsDeducted()).isEqualTo(305);
        assertThat(created.pacingWarning()).isEmpty();
    }

    static Stream<Arguments> invalidRequests() {
        return new VideoCreateParamsTest().invalid().filter(args -> !args.get()[0].toString().startsWith("list"))
                .map(args -> Arguments.of(args.get()[0], args.get()[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void everyValidationRuleFailsBeforeAnythingIsSent(String rule, Supplier<?> build) {
        startAutomatic();

        assertThatThrownBy(() -> client.videos().create((VideoCreateParams) build.get()))
                .isInstanceOf(ValidationException.class);

        assertThat(sim.requestLog()).isEmpty();
    }

    @Test
    void invalidListParamsAndKeyNamesAreRejectedBeforeSending() {
        startAutomatic();

        assertThatThrownBy(() -> client.videos().list(VideoListParams.builder().limit(0).build()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.keys().create("k".repeat(101))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.videos().get(" ")).isInstanceOf(ValidationException.class);
        assertThat(sim.requestLog()).isEmpty();
    }

    @Test
    void theAutoPagerWalksSeveralPages() {
        startAutomatic();
        sim.plan("pro_plus");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(client.videos().create(tenSeconds()).jobId());
        }

        List<String> listed = client.videos().list(VideoListParams.builder().limit(3).build()).autoPager().stream()
                .map(VideoJob::id).collect(Collectors.toList());

        Collections.reverse(created);
        assertThat(listed).isEqualTo(created);
        assertThat(sim.requestLog().stream().filter(line -> line.equals("GET /api/v1/videos")).count()).isEqualTo(3);
        List<String> oldestFirst = client.videos().list(VideoListParams.builder().sort(VideoSort.OLDEST)
                .status(VideoStatus.SUBMITTED).limit(100).build()).items().stream().map(VideoJob::id)
                .collect(Collectors.toList());
        Collections.reverse(created);
        assertThat(oldestFirst).isEqualTo(created);
    }

    @Test
    void a429IsRetriedAfterItsRetryAfterAndChargesOnce() {
        startAutomatic();
        sim.rateLimitNext(1, "/api/v1/videos", Duration.ofSeconds(3));

        VideoCreated created = client.videos().create(tenSeconds());

        assertThat(created.jobId()).isNotBlank();
        assertThat(sim.requestCount("POST", "/api/v1/videos")).isEqualTo(2);
        assertThat(scheduler.requestedDelays()).contains(Duration.ofSeconds(3));
        assertThat(sim.creditsTotal()).isEqualTo(6_600);
    }

    @Test
    void whenTheHeadersSayTheWindowIsUsedUpTheClientWaitsForTheResetInsteadOfSending() {
        startAutomatic();
        sim.rateLimits(1, 60);
        client.videos().create(tenSeconds());

        VideoCreated second = client.videos().create(tenSeconds());

        assertThat(second.jobId()).isNotBlank();
        assertThat(sim.requestCount("POST", "/api/v1/videos")).isEqualTo(2);
        assertThat(scheduler.requestedDelays()).singleElement()
                .satisfies(d -> assertThat(d).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(61)));
    }

    @Test
    void aServer429CarriesRetryAfterAndTheRateLimitHeadersAndIsRetriedAfterIt() {
        startAutomatic();
        client.close();
        client = AgentMediaClient.builder().baseUrl(sim.apiBaseUrl()).apiKey(sim.apiKey()).scheduler(scheduler)
                .clientSideRateLimiting(false).build();
        sim.rateLimits(1, 60);
        client.videos().create(tenSeconds());

        assertThatThrownBy(() -> client.videos().create(tenSeconds(),
                RequestOptions.builder().retryPolicy(RetryPolicy.none()).build()))
                .isInstanceOfSatisfying(RateLimitException.class, e -> {
                    assertThat(e.errorCode()).hasValue("rate_limit_exceeded");
                    assertThat(e.statusCode()).hasValue(429);
                    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(60));
                    assertThat(e.headers().first("X-RateLimit-Limit")).hasValue("1");
                    assertThat(e.headers().first("X-RateLimit-Remaining")).hasValue("0");
                    assertThat(e.headers().first("X-RateLimit-Reset")).hasValue(
                            Long.toString(AgentMediaSimulator.DEFAULT_START.plusSeconds(60).getEpochSecond()));
                });
        VideoCreated afterWaiting = client.videos().create(tenSeconds());

        assertThat(afterWaiting.jobId()).isNotBlank();
        assertThat(sim.requestCount("POST", "/api/v1/videos")).isEqualTo(4);
        assertThat(scheduler.requestedDelays()).containsExactly(Duration.ofSeconds(60));
        assertThat(sim.creditsTotal()).isEqualTo(6_900 - 600);
    }

    @Test
    void planLimitsCreditsAndTheConcurrencyGateAreEnforced() {
        startAutomatic();
        sim.plan("starter");

        assertThatThrownBy(() -> client.videos().create(VideoCreateParams.script(VideoCreateParamsTest.words(30)).build()))
                .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.errorCode()).hasValue("plan_limit"));
        for (int i = 0; i < 3; i++) {
            client.videos().create(tenSeconds());
        }
        assertThatThrownBy(() -> client.videos().create(tenSeconds(),
                RequestOptions.builder().retryPolicy(RetryPolicy.none()).build()))
                .isInstanceOfSatisfying(RateLimitException.class, e -> {
                    assertThat(e.errorCode()).hasValue("TOO_MANY_ACTIVE_VIDEOS");
                    assertThat(e.details().extra()).containsKey("details");
                });
        assertThat(sim.creditsTotal()).isEqualTo(3_900 - 900);

        sim.credits(100, 50);
        sim.advance(Duration.ofMinutes(5));
        assertThatThrownBy(() -> client.videos().create(tenSeconds()))
                .isInstanceOfSatisfying(InsufficientCreditsException.class, e -> {
                    assertThat(e.errorCode()).hasValue("insufficient_credits");
                    assertThat(e.required()).hasValue(new BigDecimal("300"));
                    assertThat(e.available()).hasValue(new BigDecimal("150"));
                });

        sim.plan("free");
        assertThatThrownBy(() -> client.videos().create(tenSeconds()))
                .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.errorCode()).hasValue("plan_required"));
    }

    @Test
    void deletedJobsDisappearAndUnknownJobsAreNotFound() {
        startAutomatic();
        VideoJob done = client.videos().createAndWait(tenSeconds());

        VideoDeleted deleted = client.videos().delete(done.id());

        assertThat(deleted.success()).isTrue();
        assertThat(deleted.deletedAt()).isPresent();
        assertThatThrownBy(() -> client.videos().get(done.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorCode()).hasValue("job_not_found"));
        assertThatThrownBy(() -> client.videos().delete(done.id())).isInstanceOf(NotFoundException.class);
        assertThat(client.videos().list().items()).isEmpty();
    }

    @Test
    void aWaitThatOutlivesItsDeadlineTimesOutWithTheLastJobSeen() {
        startAutomatic();

        assertThatThrownBy(() -> client.videos().createAndWait(tenSeconds(),
                WaitOptions.builder().timeout(Duration.ofSeconds(12)).build()))
                .isInstanceOfSatisfying(WaitTimeoutException.class, e ->
                        assertThat(e.lastSeen()).hasValueSatisfying(job ->
                                assertThat(((VideoJob) job).status()).isEqualTo(VideoStatus.PROCESSING)));
    }

    @Test
    void actorsFilterAndAMissSuggestsSimilarSlugs() {
        startAutomatic();

        ActorList female = client.actors().list(ActorListParams.builder().gender("female").build());
        ActorList search = client.actors().list(ActorListParams.builder().search("EM").build());

        assertThat(female.actors()).isNotEmpty().allSatisfy(a -> assertThat(a.gender()).hasValue("female"));
        assertThat(female.total()).isEqualTo(female.actors().size());
        assertThat(search.actors()).extracting(Actor::slug).containsExactly("emma", "emily");
        assertThat(client.actors().get("emma").portraitUrl()).hasValue(sim.url("/r2/actors/emma/portrait.png"));
        assertThatThrownBy(() -> client.actors().get("emmma"))
                .isInstanceOfSatisfying(ActorNotFoundException.class, e -> assertThat(e.suggestions()).containsExactly("emma"));
        assertThatThrownBy(() -> client.videos().create(VideoCreateParams.script(SCRIPT).actorSlug("emmma").build()))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Did you mean: emma?");
    }

    @Test
    void keysAuthenticateUntilRevokedAndAreListedWithoutTheSecret() {
        startAutomatic();

        CreatedApiKey created = client.keys().create("CI");
        AccountInfo seenWithNewKey;
        try (AgentMediaClient second = AgentMediaClient.builder().baseUrl(sim.apiBaseUrl()).apiKey(created.key())
                .scheduler(scheduler).build()) {
            seenWithNewKey = second.account().info();
            List<ApiKeyInfo> keys = client.keys().list();
            assertThat(keys).extracting(ApiKeyInfo::name).containsExactly("Default", "CI");
            assertThat(keys.get(1).keyPrefix()).isEqualTo(created.key().substring(0, 11));
            assertThat(keys.get(1).lastUsedAt()).isPresent();
            assertThat(client.keys().revoke(created.id()).revoked()).isTrue();
            assertThatThrownBy(() -> second.account().info())
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.errorCode()).hasValue("invalid_api_key"));
        }
        assertThat(created.key()).startsWith("ma_").hasSize(35);
        assertThat(seenWithNewKey.plan().tier()).hasValue(PlanTier.CREATOR);
        assertThat(client.keys().list()).hasSize(1);
    }

    @Test
    void aRequestWithoutAnAuthorizationHeaderIsMissingApiKey() throws Exception {
        startAutomatic();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(sim.apiBaseUrl() + "/account")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"error\":{\"code\":\"missing_api_key\",\"message\":"
                + "\"Authorization header with Bearer token is required\",\"type\":\"authentication_error\"}}");
    }

    @Test
    void usageAndAccountReflectTheJobs() {
        startAutomatic();
        client.videos().createAndWait(tenSeconds());
        client.videos().createAndWait(VideoCreateParams.script(SCRIPT).targetDuration(15).build());

        UsageStats usage = client.account().usage();
        AccountInfo info = client.account().info();

        assertThat(usage.period()).hasValue("30d");
        assertThat(usage.summary().totalJobs()).isEqualTo(2);
        assertThat(usage.summary().completedJobs()).isEqualTo(2);
        assertThat(usage.summary().creditsUsed()).isEqualTo(750);
        assertThat(usage.byModel()).singleElement().satisfies(m -> assertThat(m.creditsUsed()).isEqualTo(750));
        assertThat(usage.daily()).singleElement().satisfies(d -> assertThat(d.jobCount()).isEqualTo(2));
        assertThat(info.credits().total()).isEqualTo(6_900 - 750);
        assertThat(info.limits().maxConcurrentJobs()).hasValue(5);
        assertThat(info.limits().maxVideoDuration()).hasValue(15);
    }
}
