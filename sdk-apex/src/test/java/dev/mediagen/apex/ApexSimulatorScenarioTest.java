package dev.mediagen.apex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.AuthenticationException;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.PermissionDeniedException;
import dev.mediagen.core.RateLimitException;
import dev.mediagen.core.ServerException;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.WaitTimeoutException;
import dev.mediagen.core.download.DownloadResult;
import dev.mediagen.core.time.VirtualScheduler;
import dev.mediagen.core.wait.JobUpdate;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.testkit.ApexSimulator;
import dev.mediagen.testkit.MediaFiles;
import dev.mediagen.testkit.SimClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real client against the Apex simulator, on virtual time. */
class ApexSimulatorScenarioTest {
    private static final Instant START = ApexSimulator.EPOCH;

    // One callback thread keeps listener updates and completions in order.
    private final ExecutorService callbacks = Executors.newSingleThreadExecutor();
    private final InlineCalls inline = new InlineCalls();
    private VirtualScheduler scheduler;
    private ApexSimulator sim;
    private ApexClient client;

    @BeforeEach
    void setUp() {
        scheduler = VirtualScheduler.automatic(START);
        sim = new ApexSimulator(SimClock.following(scheduler.clock())).start();
        client = ApexClient.builder().baseUrl(sim.baseUrl()).apiKey(ApexSimulator.API_KEY).scheduler(scheduler)
                .callbackExecutor(callbacks).callFactory(inline).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
        sim.close();
        scheduler.close();
        callbacks.shutdown();
        inline.close();
    }

    /**
     * Runs {@code submissions} as a task of the virtual scheduler and returns what it produced. Sending from the
     * scheduler's own thread (with {@link InlineCalls}) keeps virtual time still until every request that may go out
     * at once has reached the simulator.
     */
    private <T> T onScheduler(java.util.function.Supplier<T> submissions) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        scheduler.schedule(() -> {
            try {
                result.complete(submissions.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, Duration.ZERO);
        return result.get(10, TimeUnit.SECONDS);
    }

    static PhotoshootRequest photoshoot(int count) {
        return PhotoshootRequest.builder().productImage("https://cdn.example.com/uploads/bottle.png")
                .background(PhotoBackground.STUDIO_WHITE).angle(PhotoAngle.HERO).lighting(PhotoLighting.SOFT)
                .count(count).build();
    }

    static BRollRequest bRoll() {
        return BRollRequest.builder().prompt("slow pan over a misty pine forest at dawn").duration(5)
                .resolution(Resolution.P720).model(VideoModel.WAN_2_6).build();
    }

    @Test
    void aPhotoshootAndABRollRunConcurrentlyAndTheirOutputsDownload(@TempDir Path dir) throws Exception {
        List<JobUpdate> updates = new CopyOnWriteArrayList<>();
        WaitOptions wait = WaitOptions.builder().listener(updates::add).build();

        CompletableFuture<Job> photos = client.generation().photoshootAndWaitAsync(photoshoot(4), wait);
        CompletableFuture<Job> footage = client.generation().bRollAndWaitAsync(bRoll(), wait);
        Job shoot = photos.get(10, TimeUnit.SECONDS);
        Job clip = footage.get(10, TimeUnit.SECONDS);

        assertThat(shoot.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(shoot.type()).hasValue(JobKind.PHOTOSHOOT);
        assertThat(shoot.outputUrls()).hasSize(4);
        assertThat(shoot.outputType()).hasValue("image/png");
        assertThat(shoot.metadata().photoCount()).hasValue(4);
        assertThat(shoot.metadata().background()).hasValue("studio-white");
        assertThat(shoot.creditCost()).hasValue(30);
        assertThat(clip.type()).hasValue(JobKind.B_ROLL);
        assertThat(clip.outputUrls()).hasSize(1);
        assertThat(clip.creditCost()).hasValue(150);
        assertThat(sim.credits()).isEqualTo(ApexSimulator.INITIAL_CREDITS - 180);
        assertThat(updates).filteredOn(u -> u.jobId().equals(shoot.jobId())).extracting(JobUpdate::status)
                .containsExactly("queued", "processing", "completed");
        for (int i = 0; i < 4; i++) {
            Path file = dir.resolve("photo-" + i + ".png");
            DownloadResult saved = client.downloads().toPath(shoot.outputUrls().get(i), file).get(10, TimeUnit.SECONDS);
            assertThat(saved.contentType()).hasValue("image/png");
            assertThat(MediaFiles.sniff(Files.readAllBytes(file))).isEqualTo("image/png");
        }
        Path video = dir.resolve("b-roll.mp4");
        client.downloads().toPath(clip.outputUrl().orElseThrow(), video).get(10, TimeUnit.SECONDS);
        assertThat(MediaFiles.sniff(Files.readAllBytes(video))).isEqualTo("video/mp4");
    }

    @Test
    void aFailedJobFailsTheWaitAndItsCreditsAreRefunded() {
        sim.failAllJobs(true);

        assertThatThrownBy(() -> client.generation().bRollAndWait(bRoll()))
                .isInstanceOfSatisfying(JobFailedException.class, e -> {
                    Job job = e.job(Job.class);
                    assertThat(job.status()).isEqualTo(JobStatus.FAILED);
                    assertThat(job.error()).hasValue("Generation failed");
                    assertThat(job.creditsRefunded()).hasValue(150);
                    assertThat(job.failedAt()).isPresent();
                    assertThat(job.outputUrls()).isEmpty();
                    assertThat(e.getMessage()).contains("Generation failed");
                });
        assertThat(sim.chargedCredits()).isEqualTo(150);
        assertThat(sim.refundedCredits()).isEqualTo(150);
        assertThat(client.account().usage().credits()).isEqualTo(ApexSimulator.INITIAL_CREDITS);
    }

    @Test
    void aHundredConcurrentSubmissionsArePacedWithoutASingle429() throws Exception {
        ImageRequest request = ImageRequest.builder().prompt("a red kite over the sea").build();
        Instant before = scheduler.now();

        List<CompletableFuture<Job>> created = onScheduler(() -> {
            List<CompletableFuture<Job>> futures = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                futures.add(client.generation().imageAsync(request));
            }
            return futures;
        });
        CompletableFuture.allOf(created.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);

        assertThat(sim.rateLimitedCount()).isZero();
        assertThat(sim.requestCount("POST", "/api/generate/image")).isEqualTo(100);
        assertThat(sim.jobCount()).isEqualTo(100);
        assertThat(sim.peakWindowCounts().get("generate")).isEqualTo(5);
        assertThat(created).allSatisfy(f -> assertThat(f.join().status()).isEqualTo(JobStatus.QUEUED));
        // 100 creates at 5 per 10 s need 19 further windows.
        assertThat(Duration.between(before, scheduler.now())).isGreaterThanOrEqualTo(Duration.ofSeconds(190));
        assertThat(sim.chargedCredits()).isEqualTo(1000);
    }

    @Test
    void withoutClientSidePacingTheSameBurstIsAnswered429ByTheSimulator() throws Exception {
        try (ApexClient unpaced = ApexClient.builder().baseUrl(sim.baseUrl()).apiKey(ApexSimulator.API_KEY)
                .scheduler(scheduler).callFactory(inline).clientSideRateLimiting(false).maxRetries(0).build()) {
            List<CompletableFuture<Job>> created = onScheduler(() -> {
                List<CompletableFuture<Job>> futures = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    futures.add(unpaced.generation().imageAsync(ImageRequest.builder().prompt("p").build()));
                }
                return futures;
            });
            CompletableFuture.allOf(created.toArray(new CompletableFuture<?>[0])).exceptionally(e -> null)
                    .get(30, TimeUnit.SECONDS);

            assertThat(created).filteredOn(CompletableFuture::isCompletedExceptionally).hasSize(15);
            assertThat(sim.rateLimitedCount()).isEqualTo(15);
            assertThat(sim.jobCount()).isEqualTo(5);
        }
    }

    @Test
    void aWebhookDeliveryCompletesAPendingWaitThroughARefetch() throws Exception {
        try (VirtualScheduler manual = VirtualScheduler.manual(START);
             ApexSimulator hooked = new ApexSimulator(SimClock.following(manual.clock())).start();
             ApexClient apex = ApexClient.builder().baseUrl(hooked.baseUrl()).apiKey(ApexSimulator.API_KEY)
                     .scheduler(manual).callbackExecutor(callbacks).build();
             mockwebserver3.MockWebServer receiver = new mockwebserver3.MockWebServer()) {
            java.util.concurrent.CountDownLatch received = new java.util.concurrent.CountDownLatch(1);
            List<ApexWebhookEvent> events = new CopyOnWriteArrayList<>();
            receiver.setDispatcher(new mockwebserver3.Dispatcher() {
                @Override
                public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) {
                    events.add(apex.webhooks().receive(request.getBody().utf8()));
                    received.countDown();
                    return new mockwebserver3.MockResponse.Builder().code(200).build();
                }
            });
            receiver.start();
            hooked.webhookTarget(receiver.url("/apex/webhooks").toString());
            Job created = apex.generation().photoshoot(photoshoot(2));
            // Polling alone would look only after an hour.
            CompletableFuture<Job> wait = apex.jobs().waitForAsync(created.jobId(), WaitOptions.builder()
                    .pollStrategy(PollStrategy.fixed(Duration.ofHours(1))).timeout(Duration.ofHours(2)).build());

            manual.advance(Duration.ofSeconds(20));
            assertThat(received.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(wait).isNotDone();
            manual.advance(Duration.ofSeconds(1));
            Job done = wait.get(10, TimeUnit.SECONDS);

            assertThat(done.isCompleted()).isTrue();
            assertThat(done.outputUrls()).hasSize(2);
            assertThat(events).singleElement().satisfies(event -> {
                assertThat(event.type()).isEqualTo(WebhookEventType.JOB_COMPLETED);
                assertThat(event.jobId()).isEqualTo(created.jobId());
                assertThat(event.job().metadata().photoCount()).hasValue(2);
            });
            assertThat(hooked.jobLookupCount()).isEqualTo(1);
            assertThat(manual.now()).isBefore(START.plus(Duration.ofMinutes(1)));
        }
    }

    @Test
    void aForgedDeliveryCannotCompleteAWait() throws Exception {
        sim.jobDuration(Duration.ofMinutes(10));
        Job created = client.generation().image(ImageRequest.builder().prompt("p").build());
        String forged = "{\"event\":\"job.completed\",\"timestamp\":\"2026-03-16T12:00:01Z\",\"data\":{\"jobId\":\""
                + created.jobId() + "\",\"type\":\"image\",\"status\":\"completed\","
                + "\"outputUrl\":\"https://evil.example/x.png\"}}";

        ApexWebhookEvent event = client.webhooks().receive(forged);
        Job confirmed = client.webhooks().confirm(event);

        assertThat(event.isCompleted()).isTrue();
        assertThat(confirmed.isCompleted()).isFalse();
        assertThat(confirmed.outputUrls()).isEmpty();
    }

    @Test
    void manyPendingJobsArePolledThroughTheListingWithinTheReadBudget() throws Exception {
        // 20 jobs polled every 5 s one by one would need 4 reads a second: twice the budget of 20 per 10 s.
        sim.jobDuration(Duration.ofMinutes(5));
        WaitOptions everyFiveSeconds = WaitOptions.builder().pollStrategy(PollStrategy.fixed(Duration.ofSeconds(5)))
                .build();
        List<CompletableFuture<Job>> waits = onScheduler(() -> {
            List<CompletableFuture<Job>> futures = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                futures.add(client.generation().photoshootAndWaitAsync(photoshoot(1), everyFiveSeconds));
            }
            return futures;
        });
        CompletableFuture.allOf(waits.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);
        Instant lastCompleted = waits.stream().map(w -> w.join().completedAt().orElseThrow()).max(Instant::compareTo)
                .orElseThrow();

        assertThat(waits).allSatisfy(w -> assertThat(w.join().isCompleted()).isTrue());
        assertThat(sim.rateLimitedCount()).isZero();
        assertThat(sim.peakWindowCounts().get("read")).isLessThanOrEqualTo(20);
        assertThat(sim.jobListingCount()).isPositive();
        // Each wait lasted 5 minutes at one poll per 5 s: 1,000+ polls, answered by a small fraction of the reads.
        assertThat(sim.jobListingCount() + sim.jobLookupCount()).isLessThan(250);
        // And polling never fell behind: the last wait ended within two poll cycles of the last completion.
        assertThat(Duration.between(lastCompleted, scheduler.now())).isLessThanOrEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void jobsMissingFromACappedListingArePolledOneByOne() throws Exception {
        sim.jobDuration(Duration.ofSeconds(40)).jobListingLimit(2);
        List<CompletableFuture<Job>> waits = onScheduler(() -> {
            List<CompletableFuture<Job>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(client.generation().imageAndWaitAsync(ImageRequest.builder().prompt("tile " + i).build()));
            }
            return futures;
        });
        CompletableFuture.allOf(waits.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);

        assertThat(waits).allSatisfy(w -> assertThat(w.join().isCompleted()).isTrue());
        assertThat(sim.jobListingCount()).isPositive();
        assertThat(sim.jobLookupCount()).isPositive();
        assertThat(sim.rateLimitedCount()).isZero();
    }

    @Test
    void insufficientCreditsIsTypedAndNothingIsCharged() {
        sim.credits(100);

        assertThatThrownBy(() -> client.generation().bRollAndWait(bRoll()))
                .isInstanceOfSatisfying(InsufficientCreditsException.class, e -> {
                    assertThat(e.statusCode()).hasValue(402);
                    assertThat(e.errorCode()).hasValue("PAYMENT_REQUIRED");
                    assertThat(e.getMessage()).contains("Insufficient credits");
                });
        assertThat(sim.requestCount("POST", "/api/generate/b-roll")).isEqualTo(1);
        assertThat(sim.jobCount()).isZero();
        assertThat(sim.credits()).isEqualTo(100);
    }

    @Test
    void anUnknownKeyIsUnauthorizedAndANonEnterprisePlanIsForbidden() {
        try (ApexClient stranger = ApexClient.builder().baseUrl(sim.baseUrl()).apiKey("sk_live_unknown_key_1234")
                .scheduler(scheduler).build()) {
            assertThatThrownBy(() -> stranger.account().usage())
                    .isInstanceOfSatisfying(AuthenticationException.class, e -> {
                        assertThat(e.errorCode()).hasValue("UNAUTHORIZED");
                        assertThat(e.getMessage()).doesNotContain("sk_live_unknown_key_1234");
                    });
        }
        sim.plan("creator");
        assertThatThrownBy(() -> client.generation().image(ImageRequest.builder().prompt("p").build()))
                .isInstanceOfSatisfying(PermissionDeniedException.class,
                        e -> assertThat(e.errorCode()).hasValue("FORBIDDEN"));
        assertThat(sim.jobCount()).isZero();
    }

    @Test
    void aCreateAnswered429IsResentAfterRetryAfterAndChargedOnce() {
        sim.rateLimitNext(1, "/api/generate/image", Duration.ofSeconds(4));

        Job job = client.generation().image(ImageRequest.builder().prompt("p").build());

        assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(sim.requestCount("POST", "/api/generate/image")).isEqualTo(2);
        assertThat(sim.jobCount()).isEqualTo(1);
        assertThat(scheduler.requestedDelays()).contains(Duration.ofSeconds(4));
    }

    @Test
    void aLongRetryAfterFailsFastAsRateLimitException() {
        sim.rateLimitNext(1, "/api/usage", Duration.ofMinutes(10));

        assertThatThrownBy(() -> client.account().usage())
                .isInstanceOfSatisfying(RateLimitException.class, e -> {
                    assertThat(e.retryAfter()).hasValue(Duration.ofMinutes(10));
                    assertThat(e.errorCode()).hasValue("RATE_LIMITED");
                });
    }

    @Test
    void anInternalErrorOnACreateIsNotResentButAReadIs() {
        sim.failNext(1, "/api/generate/image", r -> ApexSimulator.error(500, "INTERNAL_ERROR",
                "Server error. Credits are auto-refunded."));
        sim.failNext(1, "/api/usage", r -> ApexSimulator.error(503, "SERVICE_UNAVAILABLE", "Temporary outage"));

        assertThatThrownBy(() -> client.generation().image(ImageRequest.builder().prompt("p").build()))
                .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.errorCode()).hasValue("INTERNAL_ERROR"));
        assertThat(sim.requestCount("POST", "/api/generate/image")).isEqualTo(1);
        assertThat(client.account().usage().credits()).isEqualTo(ApexSimulator.INITIAL_CREDITS);
        assertThat(sim.requestCount("GET", "/api/usage")).isEqualTo(2);
    }

    @Test
    void aWaitShorterThanTheJobTimesOut() {
        sim.jobDuration(Duration.ofMinutes(10));

        assertThatThrownBy(() -> client.generation().imageAndWait(ImageRequest.builder().prompt("p").build(),
                WaitOptions.builder().timeout(Duration.ofMinutes(1)).build()))
                .isInstanceOf(WaitTimeoutException.class);
    }

    @Test
    void getListAndWaitForAnExistingJob() {
        Job created = client.generation().voice(VoiceRequest.builder().text("Welcome to the launch.").build());
        assertThat(created.estimatedMinutes()).isPresent();

        Job done = client.jobs().waitFor(created.jobId(), WaitOptions.builder()
                .pollStrategy(PollStrategy.fixed(Duration.ofSeconds(3))).build());

        assertThat(done.outputType()).hasValue("audio/wav");
        assertThat(done.metadata().language()).hasValue("en");
        assertThat(client.jobs().get(created.jobId()).isCompleted()).isTrue();
        assertThat(client.jobs().list()).extracting(Job::jobId).containsExactly(created.jobId());
        assertThatThrownBy(() -> client.jobs().get("00000000-0000-0000-0000-000000000000"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorCode()).hasValue("NOT_FOUND"));
    }

    @Test
    void everyGenerationEndpointChargesItsDocumentedPrice() {
        List<GenerationRequest> requests = List.of(
                ImageRequest.builder().prompt("p").build(),
                VideoRequest.builder().script("s").build(),
                VoiceRequest.builder().text("t").build(),
                AvatarRequest.builder().image("https://x.example/face.png").resolution(Resolution.P720)
                        .model(AvatarModel.VEED_FABRIC).text("hi").build(),
                ClipRequest.builder().sourceVideoUrl("https://x.example/long.mp4").build(),
                bRoll(),
                TextToVideoRequest.builder().script("s").build(),
                CommercialRequest.builder().product("bottle").platform(Platform.TV).duration(30)
                        .tone(CommercialTone.LUXURY).build(),
                TranslateRequest.builder().videoUrl("https://x.example/v.mp4").outputLanguage("es").build(),
                InstantAdRequest.builder().websiteUrl("https://shop.example").platform(Platform.LINKEDIN).count(1)
                        .style(AdStyle.BOLD).build(),
                photoshoot(1));
        long expected = 0;
        for (GenerationRequest request : requests) {
            long before = sim.chargedCredits();
            Job job = client.generation().submit(request);
            assertThat(job.type()).hasValue(request.kind());
            long charged = sim.chargedCredits() - before;
            assertThat(charged).as(request.kind().asString()).isBetween(request.cost().min(), request.cost().max());
            expected += charged;
        }
        VoiceClone clone = client.generation().cloneVoice(VoiceCloneRequest.of("Narrator",
                "https://x.example/sample.wav"));
        assertThat(clone.voiceId()).startsWith("voice_");
        assertThat(sim.chargedCredits()).isEqualTo(expected + ApexCosts.VOICE_CLONE);
    }

    @Test
    void aVoiceAgentCallsAnE164NumberAndIsChargedPerMinute() {
        VoiceAgent agent = client.voiceAgents().createAgent(CreateAgentRequest.builder().name("Receptionist")
                .systemPrompt("You book appointments.").greeting("Hello!").ttsModel(TtsModel.KOKORO)
                .llmModel("gpt-4o-mini").build());

        assertThatThrownBy(() -> client.voiceAgents().startCall(agent.id(), "555-0123"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("E.164");
        assertThat(sim.requestCount("POST", "/api/voice-agent/calls/outbound")).isZero();
        VoiceCall call = client.voiceAgents().startCall(agent.id(), "+14155550123");
        assertThat(call.isActive()).isTrue();
        assertThatThrownBy(() -> client.voiceAgents().startCall("no-such-agent", "+14155550123"))
                .isInstanceOf(NotFoundException.class);

        sim.advance(Duration.ofMinutes(2));
        List<VoiceCall> calls = client.voiceAgents().listCalls();

        assertThat(calls).singleElement().satisfies(c -> {
            assertThat(c.callId()).isEqualTo(call.callId());
            assertThat(c.status()).isEqualTo("completed");
            assertThat(c.credits()).hasValue(client.costs().call(Duration.ofSeconds(90)));
            assertThat(c.phoneNumber()).hasValue("+14155550123");
        });
        assertThat(sim.chargedCredits()).isEqualTo(20);
    }

    @Test
    void management_usageKeysAndWebhookUrl() {
        CreatedApiKey created = client.account().createApiKey("ci");
        assertThat(created.key()).startsWith("sk_live_");
        assertThat(created.toString()).doesNotContain(created.key());
        assertThat(client.account().listApiKeys()).extracting(k -> k.name().orElse(null)).contains("ci");
        try (ApexClient second = ApexClient.builder().baseUrl(sim.baseUrl()).apiKey(created.key()).scheduler(scheduler)
                .build()) {
            assertThat(second.account().usage().plan()).hasValue("enterprise");
        }

        assertThat(client.account().setWebhookUrl("https://hooks.example.com/apex").webhookUrl())
                .hasValue("https://hooks.example.com/apex");
        assertThat(sim.webhookUrl()).hasValue("https://hooks.example.com/apex");
        assertThatThrownBy(() -> client.account().setWebhookUrl("http://hooks.example.com/apex"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("HTTPS");
        assertThatThrownBy(() -> client.account().setWebhookUrl("https://169.254.169.254/latest"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.statusCode()).hasValue(400);
                    assertThat(e.errorCode()).hasValue("BAD_REQUEST");
                });
        Usage usage = client.account().usage();
        assertThat(usage.credits()).isEqualTo(ApexSimulator.INITIAL_CREDITS);
        assertThat(usage.billingCycle()).containsKeys("start", "end");
    }
}
