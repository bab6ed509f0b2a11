package dev.mediagen.vap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mediagen.core.ConflictException;
import dev.mediagen.core.Futures;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.PermissionDeniedException;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.download.DownloadResult;
import dev.mediagen.core.time.VirtualScheduler;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.testkit.SimClock;
import dev.mediagen.testkit.VapSimulator;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real client against the simulator, on virtual time: the flows the issue asks for, end to end. */
class VapSimulatorScenarioTest {
    private static final Instant T0 = Instant.parse("2026-02-06T11:45:00Z");
    private static final TaskRequest IMAGE = TaskRequest.of(ImageParams.builder()
            .description("A mountain landscape at sunset").aspectRatio(AspectRatio.RATIO_16_9).build());

    private VirtualScheduler scheduler;
    private VapSimulator sim;
    private VapClient client;

    @BeforeEach
    void setUp() {
        scheduler = VirtualScheduler.automatic(T0);
        sim = new VapSimulator(SimClock.following(scheduler.clock())).start();
    }

    @AfterEach
    void tearDown() {
        if (client != null) {
            client.close();
        }
        sim.close();
        scheduler.close();
    }

    private VapClient clientFor(String apiKey) {
        return VapClient.builder().baseUrl(sim.baseUrl()).apiKey(apiKey).scheduler(scheduler).build();
    }

    /** Registers an agent through the API, deposits $5 and lets the simulated operator confirm it. */
    private String depositedAgent() {
        try (VapClient anonymous = VapClient.builder().baseUrl(sim.baseUrl()).scheduler(scheduler).build()) {
            String key = anonymous.agents().register("scenario-agent").apiKey();
            try (VapClient agent = clientFor(key)) {
                Deposit deposit = agent.deposits().init(DepositParams.of("5.00", DepositProvider.MANUAL));
                assertThat(agent.agents().balance().tier()).isZero();
                assertThat(sim.confirmDeposit(deposit.id())).isTrue();
            }
            return key;
        }
    }

    @Test
    void registerDepositCreateAndWaitThenDownload(@TempDir Path dir) throws Exception {
        String key = depositedAgent();
        client = clientFor(key);
        List<String> statuses = new CopyOnWriteArrayList<>();

        Task task = client.tasks().createAndWaitAsync(IMAGE, WaitOptions.builder()
                .listener(update -> statuses.add(update.status())).build()).get(10, TimeUnit.SECONDS);
        DownloadResult file = client.downloads().toPath(task.resultUrls().get(0), dir.resolve("image.png"))
                .get(10, TimeUnit.SECONDS);
        Balance balance = client.agents().balance();

        assertThat(task.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(task.actualCost()).contains(new BigDecimal("0.1800"));
        assertThat(task.completedAt()).contains(T0.plusSeconds(15));
        assertThat(statuses).containsExactly("pending", "queued", "executing", "processing", "completed");
        assertThat(file.contentType()).contains("image/png");
        byte[] png = Files.readAllBytes(dir.resolve("image.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(javax.imageio.ImageIO.read(dir.resolve("image.png").toFile()).getWidth()).isGreaterThan(
                javax.imageio.ImageIO.read(dir.resolve("image.png").toFile()).getHeight());
        assertThat(balance.available()).isEqualByComparingTo("4.82");
        assertThat(balance.reserved()).isEqualByComparingTo("0");
        assertThat(balance.tier()).isEqualTo(1);
        assertThat(balance.tierName()).contains("DEPOSITED");
    }

    @Test
    void aFailedTaskFailsTheWaitAndRefundsTheReservation() throws Exception {
        client = clientFor(depositedAgent());
        sim.failNextJobs(1);

        Task created = client.tasks().create(IMAGE);
        Balance during = client.agents().balance();
        CompletableFuture<Task> wait = client.tasks().waitForAsync(created, WaitOptions.defaults());
        JobFailedException failure = catchThrowableOfType(JobFailedException.class, () -> Futures.join(wait));
        Balance after = client.agents().balance();

        assertThat(during.reserved()).isEqualByComparingTo("0.18");
        assertThat(during.usable()).isEqualByComparingTo("4.82");
        Task failed = failure.job(Task.class);
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.errorMessage()).contains("Provider returned an error after 3 attempts");
        assertThat(failure.jobId()).isEqualTo(created.id());
        assertThat(failure.getMessage()).contains("failed").contains("Provider returned an error");
        assertThat(after.available()).isEqualByComparingTo("5.00");
        assertThat(after.reserved()).isEqualByComparingTo("0");
        assertThat(after.usable()).isEqualByComparingTo("5.00");
    }

    @Test
    void aDroppedCreateResponseIsRetriedWithTheSameKeyAndYieldsTheOneTask() {
        client = clientFor(depositedAgent());
        sim.dropResponseOfNext("POST", "/v3/tasks");

        Task task = client.tasks().create(IMAGE, RequestOptions.builder().idempotencyKey("campaign-hero-1").build());

        assertThat(sim.taskCount()).isEqualTo(1);
        assertThat(sim.requestCount("POST", "/v3/tasks")).isEqualTo(2);
        assertThat(sim.requestLog()).contains("GET /v3/tasks/" + task.id());
        assertThat(task.status().isKnown()).isTrue();
        assertThat(client.agents().balance().reserved()).isEqualByComparingTo("0.18");
    }

    @Test
    void aDroppedCreateWithAGeneratedKeyAlsoCreatesOnlyOneTask() throws Exception {
        client = clientFor(depositedAgent());
        sim.dropResponseOfNext("POST", "/v3/tasks");

        Task task = client.tasks().createAndWait(IMAGE);

        assertThat(task.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(sim.taskCount()).isEqualTo(1);
        assertThat(client.agents().balance().available()).isEqualByComparingTo("4.82");
    }

    @Test
    void reusingAKeyForANewCallIsAConflict() {
        client = clientFor(depositedAgent());
        RequestOptions key = RequestOptions.builder().idempotencyKey("once").build();
        client.tasks().create(IMAGE, key);

        ConflictException conflict = catchThrowableOfType(ConflictException.class, () -> client.tasks().create(IMAGE, key));

        assertThat(conflict.errorCode()).contains("duplicate_idempotency_key");
        assertThat(conflict.statusCode()).hasValue(409);
        assertThat(sim.taskCount()).isEqualTo(1);
    }

    @Test
    void cancellingAWaitStopsPollingButTheTaskRunsOnAtVap() throws Exception {
        VirtualScheduler manual = VirtualScheduler.manual(T0);
        try (VapSimulator manualSim = new VapSimulator(SimClock.following(manual.clock())).start()) {
            manualSim.startAgentsAt(1, new BigDecimal("5.00"));
            String key = manualSim.registerAgent("canceller");
            try (VapClient vap = VapClient.builder().baseUrl(manualSim.baseUrl()).apiKey(key).scheduler(manual).build()) {
                CountDownLatch created = new CountDownLatch(1);
                CompletableFuture<Task> wait = vap.tasks().createAndWaitAsync(IMAGE,
                        WaitOptions.builder().listener(update -> created.countDown()).build());
                assertThat(created.await(10, TimeUnit.SECONDS)).isTrue();

                assertThat(wait.cancel(true)).isTrue();
                manual.advance(Duration.ofMinutes(10));

                assertThat(wait).isCancelled();
                assertThatThrownBy(wait::join).isInstanceOf(CancellationException.class);
                assertThat(manualSim.requestCount("GET", "/v3/tasks/")).isZero();
                assertThat(manual.pendingTasks()).isZero();
                assertThat(manualSim.taskCount()).isEqualTo(1);
                assertThat(manualSim.availableBalance(key)).isEqualByComparingTo("4.82");
            }
        }
    }

    @Test
    void a429IsWaitedOutAndTheCreateSentAgain() throws Exception {
        client = clientFor(depositedAgent());
        sim.rateLimitNext(1, "/v3/tasks", Duration.ofSeconds(20));

        Task task = client.tasks().createAndWaitAsync(IMAGE).get(10, TimeUnit.SECONDS);

        assertThat(task.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(sim.requestCount("POST", "/v3/tasks")).isEqualTo(2);
        assertThat(sim.taskCount()).isEqualTo(1);
        assertThat(scheduler.requestedDelays()).contains(Duration.ofSeconds(20));
    }

    @Test
    void theRateLimitHeadersPaceTheClientBeforeVapSays429() {
        String key = sim.registerAgent("tier-zero");
        client = VapClient.builder().baseUrl(sim.baseUrl()).apiKey(key).scheduler(scheduler).tier(3).build();

        for (int i = 0; i < 12; i++) {
            assertThat(client.agents().balance().tier()).isZero();
        }

        assertThat(sim.requestCount("GET", "/v3/agents/me/balance")).isEqualTo(12);
        assertThat(scheduler.requestedDelays()).singleElement()
                .satisfies(d -> assertThat(d).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(61)));
    }

    @Test
    void aTierLimit429IsWaitedOutThroughRetryAfter() {
        String key = sim.registerAgent("tier-zero");
        client = VapClient.builder().baseUrl(sim.baseUrl()).apiKey(key).scheduler(scheduler)
                .clientSideRateLimiting(false).build();

        for (int i = 0; i < 11; i++) {
            assertThat(client.agents().balance().tier()).isZero();
        }

        assertThat(sim.requestCount("GET", "/v3/agents/me/balance")).isEqualTo(12);
        assertThat(scheduler.requestedDelays()).containsExactly(Duration.ofSeconds(60));
    }

    @Test
    void badInputIsRejectedBeforeAnyRequest() {
        client = clientFor("vap_never_used_000000");

        assertThatThrownBy(() -> client.tasks().create(TaskRequest.of(VideoParams.builder().description("x").duration(5)
                .build()))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.deposits().init(DepositParams.of("0.50", DepositProvider.CARD)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.operations().create(OperationParams.upscale("https://e.com/a.png", 8)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> client.tasks().createAndWaitAsync(TaskRequest.of(MusicParams.builder().description("m")
                .duration(600).build()))).isInstanceOf(ValidationException.class);

        assertThat(sim.requestLog()).isEmpty();
    }

    @Test
    void videoAndMusicNeedTierTwo() {
        client = clientFor(depositedAgent());

        PermissionDeniedException denied = catchThrowableOfType(PermissionDeniedException.class,
                () -> client.tasks().create(TaskRequest.of(VideoParams.of("Cinematic cliffs"))));

        assertThat(denied.errorCode()).contains("tier_limit_exceeded");
        assertThat(denied.statusCode()).hasValue(403);
        assertThat(denied.details().extra()).containsEntry("required_tier", 2L);
        assertThat(sim.taskCount()).isZero();
    }

    @Test
    void anEstablishedAgentMakesMusicAndVideoWithRealFiles(@TempDir Path dir) throws Exception {
        sim.startAgentsAt(2, new BigDecimal("20.00"));
        client = clientFor(sim.registerAgent("studio"));

        CompletableFuture<Task> music = client.tasks().createAndWaitAsync(TaskRequest.of(MusicParams.builder()
                .description("Upbeat indie folk with acoustic guitar").duration(120).title("Road").build()));
        CompletableFuture<Task> video = client.tasks().createAndWaitAsync(TaskRequest.of(VideoParams.of("Coastal cliffs")));
        Task track = music.get(10, TimeUnit.SECONDS);
        Task clip = video.get(10, TimeUnit.SECONDS);
        client.downloads().toPath(track.resultUrls().get(0), dir.resolve("track.wav")).get(10, TimeUnit.SECONDS);
        client.downloads().toPath(clip.resultUrls().get(0), dir.resolve("clip.mp4")).get(10, TimeUnit.SECONDS);

        MusicItem item = track.result().orElseThrow().items().get(0);
        assertThat(item.title()).contains("Road");
        assertThat(item.imageUrl()).isPresent();
        byte[] wav = Files.readAllBytes(dir.resolve("track.wav"));
        assertThat(new String(wav, 0, 4, "US-ASCII")).isEqualTo("RIFF");
        assertThat(new String(wav, 8, 4, "US-ASCII")).isEqualTo("WAVE");
        assertThat(javax.sound.sampled.AudioSystem.getAudioFileFormat(dir.resolve("track.wav").toFile()).getType())
                .isEqualTo(javax.sound.sampled.AudioFileFormat.Type.WAVE);
        assertThat(new String(Files.readAllBytes(dir.resolve("clip.mp4")), 4, 4, "US-ASCII")).isEqualTo("ftyp");
        assertThat(client.agents().balance().available()).isEqualByComparingTo("17.36");
    }

    @Test
    void operationsProgressAndServeTheirResult(@TempDir Path dir) throws Exception {
        client = clientFor(depositedAgent());
        List<String> statuses = new CopyOnWriteArrayList<>();

        Operation upscaled = client.operations().createAndWaitAsync(OperationParams.upscale("https://example.com/a.png", 2),
                WaitOptions.builder().listener(u -> statuses.add(u.status())).build()).get(10, TimeUnit.SECONDS);
        Operation trimmed = client.operations().createAndWaitAsync(
                OperationParams.videoTrim("https://example.com/v.mp4", 1, 4)).get(10, TimeUnit.SECONDS);
        client.downloads().toPath(upscaled.resultUrls().get(0), dir.resolve("up.png")).get(10, TimeUnit.SECONDS);

        assertThat(upscaled.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(statuses).startsWith("pending").endsWith("completed");
        assertThat(javax.imageio.ImageIO.read(dir.resolve("up.png").toFile()).getWidth()).isEqualTo(128);
        assertThat(trimmed.resultUrls()).singleElement().asString().endsWith(".mp4");
        assertThat(client.agents().balance().available()).isEqualByComparingTo("4.80");
    }

    @Test
    void aFailedOperationIsRefundedToo() {
        client = clientFor(depositedAgent());
        sim.failAllJobs(true);

        assertThatThrownBy(() -> client.operations().createAndWait(
                OperationParams.backgroundRemove("https://example.com/a.png"))).isInstanceOf(JobFailedException.class);

        assertThat(client.agents().balance().available()).isEqualByComparingTo("5.00");
        assertThat(client.agents().balance().reserved()).isEqualByComparingTo("0");
    }

    @Test
    void insufficientBalanceIsACreditsErrorAndNothingIsReserved() {
        sim.startAgentsAt(1, new BigDecimal("0.10"));
        client = clientFor(sim.registerAgent("poor"));

        InsufficientCreditsException e = catchThrowableOfType(InsufficientCreditsException.class,
                () -> client.tasks().create(IMAGE));

        assertThat(e.required()).contains(new BigDecimal("0.1800"));
        assertThat(e.available()).contains(new BigDecimal("0.1000"));
        assertThat(sim.requestCount("POST", "/v3/tasks")).isEqualTo(1);
        assertThat(client.agents().balance().reserved()).isEqualByComparingTo("0");
    }

    @Test
    void tasksAreListedNewestFirstAcrossPages() {
        sim.startAgentsAt(1, new BigDecimal("5.00"));
        client = clientFor(sim.registerAgent("lister"));
        List<String> created = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(0, client.tasks().create(TaskRequest.of(ImageParams.of("image " + i))).id());
        }

        List<String> listed = client.tasks().list(TaskListParams.builder().limit(2).build()).autoPager().stream()
                .map(Task::id).collect(Collectors.toList());

        assertThat(listed).containsExactlyElementsOf(created);
        assertThat(sim.requestLog()).contains("GET /v3/tasks").hasSize(3 + 2);
    }

    @Test
    void a2aAndMcpCreateTasksThatTheRestApiCanWaitFor() throws Exception {
        client = clientFor(depositedAgent());

        A2aResponse viaA2a = client.a2a().send(A2aRequest.mediaTask(TaskType.IMAGE_GENERATION, "A sunset over mountains"));
        McpToolResult viaMcp = client.mcp().call(McpToolCall.generateImage(ImageParams.builder()
                .description("A sunset over mountains").aspectRatio(AspectRatio.RATIO_16_9).build()));
        Task first = client.tasks().waitForAsync(viaA2a.taskId().orElseThrow()).get(10, TimeUnit.SECONDS);
        Task second = client.tasks().waitFor(viaMcp.firstId().orElseThrow());
        A2aResponse status = client.a2a().send(A2aRequest.taskStatus(first.id()));
        McpToolResult balance = client.mcp().call(McpToolCall.checkBalance());

        assertThat(viaA2a.state()).contains("submitted");
        assertThat(first.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(second.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(status.state()).contains("completed");
        assertThat(balance.text()).contains("Balance: $4.6400 usable").contains("Tier: 1 (DEPOSITED)");
        assertThat(sim.taskCount()).isEqualTo(2);
    }

    @Test
    void channelErrorsSurfaceAsTypedExceptions() {
        client = clientFor(sim.registerAgent("tier-zero"));

        assertThatThrownBy(() -> client.mcp().call(McpToolCall.generateImage(ImageParams.of("x"))))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("tier_limit_exceeded");
        PermissionDeniedException a2a = catchThrowableOfType(PermissionDeniedException.class,
                () -> client.a2a().send(A2aRequest.mediaTask(TaskType.IMAGE_GENERATION, "x")));
        assertThatThrownBy(() -> client.a2a().send(A2aRequest.skill("no-such-skill").build()))
                .isInstanceOf(ValidationException.class);

        assertThat(a2a.errorCode()).contains("tier_limit_exceeded");
        assertThat(sim.taskCount()).isZero();
    }

    @Test
    void oauthLinkRoundTrips() {
        client = clientFor(sim.registerAgent("enterprise"));

        client.agents().linkOAuth("m2m_acme");

        assertThat(client.agents().oauthLink().oauthClientId()).contains("m2m_acme");
        assertThat(client.agents().oauthLink().isLinked()).isTrue();
    }

    @Test
    void aCardDepositIsCreditedWhenItsPaymentUrlIsOpened() throws Exception {
        client = clientFor(sim.registerAgent("card-payer"));

        Deposit deposit = client.deposits().init(DepositParams.of("2.50", DepositProvider.CARD));
        java.net.http.HttpResponse<String> paid = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(deposit.paymentUrl().orElseThrow())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(paid.statusCode()).isEqualTo(200);
        assertThat(deposit.paymentReference().orElseThrow()).startsWith("DEP-");
        assertThat(client.agents().balance().available()).isEqualByComparingTo("2.50");
        assertThat(client.agents().balance().tier()).isEqualTo(1);
    }

    @Test
    void theRequestIdOfAFailureIsReported() {
        client = clientFor("vap_wrong_key_123456789");

        dev.mediagen.core.AuthenticationException e = catchThrowableOfType(
                dev.mediagen.core.AuthenticationException.class, () -> client.agents().balance());

        assertThat(e.requestId()).hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
        assertThat(e.errorCode()).contains("invalid_api_key");
        assertThat(e.getMessage()).doesNotContain("vap_wrong_key_123456789");
    }

    @Test
    void pollingStartsQuickAndBacksOff() throws Exception {
        client = clientFor(depositedAgent());

        client.tasks().createAndWaitAsync(IMAGE).get(10, TimeUnit.SECONDS);

        assertThat(scheduler.requestedDelays()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofMillis(4500), Duration.ofMillis(6750));
        assertThat(sim.requestCount("GET", "/v3/tasks/")).isEqualTo(4);
    }

    @Test
    void theQuickstartFormsWork(@TempDir Path dir) throws Exception {
        client = clientFor(depositedAgent());

        Task task = client.tasks().createAndWait(ImageParams.builder()
                .description("A lantern on a mossy rock at dusk").aspectRatio("16:9").build());
        client.downloads().toPath(task.resultUrl().orElseThrow(), dir.resolve("hero.png")).join();

        assertThat(task.resultUrl()).contains(task.resultUrls().get(0));
        assertThatThrownBy(() -> client.tasks().createAndWaitAsync(MusicParams.of("x")).get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(PermissionDeniedException.class);
        assertThat(Files.size(dir.resolve("hero.png"))).isPositive();
        assertThat(client.tasks().create(ImageParams.of("again")).status()).isEqualTo(JobStatus.PENDING);
        assertThat(client.tasks().createAsync(ImageParams.of("and again")).get(10, TimeUnit.SECONDS).id()).isNotBlank();
    }

    @Test
    void aCallersPollStrategyIsUsed() throws Exception {
        client = clientFor(depositedAgent());

        client.tasks().createAndWaitAsync(IMAGE, WaitOptions.builder().pollStrategy(PollStrategy.fixed(Duration.ofSeconds(10)))
                .build()).get(10, TimeUnit.SECONDS);

        assertThat(scheduler.requestedDelays()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    }
}
