package dev.mediagen.rynjer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.ApiException;
import dev.mediagen.core.InsufficientCreditsException;
import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.NotFoundException;
import dev.mediagen.core.RateLimitException;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.WaitTimeoutException;
import dev.mediagen.core.download.DownloadResult;
import dev.mediagen.core.time.VirtualScheduler;
import dev.mediagen.core.wait.JobUpdate;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.testkit.RynjerSimulator;
import dev.mediagen.testkit.SimClock;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real client against the Rynjer simulator, on virtual time. */
class RynjerSimulatorScenarioTest {
    // One callback thread keeps listener updates and completions in order.
    private final ExecutorService callbacks = Executors.newSingleThreadExecutor();
    private VirtualScheduler scheduler;
    private RynjerSimulator sim;
    private RynjerClient client;

    @BeforeEach
    void setUp() {
        scheduler = VirtualScheduler.automatic(Instant.parse("2026-02-02T00:00:00Z"));
        sim = new RynjerSimulator(SimClock.following(scheduler.clock())).start();
        client = RynjerClient.builder().baseUrl(sim.baseUrl()).apiKey(RynjerSimulator.API_KEY).scheduler(scheduler)
                .callbackExecutor(callbacks).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
        sim.close();
        scheduler.close();
        callbacks.shutdown();
    }

    private static GenerateParams fourVariants() {
        return GenerateParams.builder().model("nano-banana-pro").prompt("a lighthouse at dawn, four variants")
                .product(Product.IMAGE).units(Units.count(4)).build();
    }

    @Test
    void generateAndWaitFinishesWithFourDownloadablePngsAndChargesTheTable(@TempDir Path dir) throws Exception {
        List<JobUpdate> updates = new CopyOnWriteArrayList<>();

        Generation done = client.generations().generateAndWaitAsync(fourVariants(),
                WaitOptions.builder().listener(updates::add).build()).get(10, TimeUnit.SECONDS);

        assertThat(done.status()).isEqualTo(GenerationStatus.SUCCESS);
        assertThat(done.outputs()).hasSize(4).allSatisfy(o -> assertThat(o.type()).hasValue("image"));
        assertThat(sim.balance()).isEqualTo(RynjerSimulator.INITIAL_BALANCE - 80);
        assertThat(updates).extracting(JobUpdate::status).containsExactly("pending", "processing", "success");
        for (int i = 0; i < 4; i++) {
            DownloadResult file = client.downloads().toPath(done.outputUrls().get(i), dir.resolve("v" + i + ".png"))
                    .get(10, TimeUnit.SECONDS);
            assertThat(file.contentType()).hasValue("image/png");
            byte[] bytes = Files.readAllBytes(dir.resolve("v" + i + ".png"));
            assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    @Test
    void aGenerateRetriedAfterADroppedConnectionCreatesOneTaskAndChargesOnce() {
        sim.dropResponseOfNext("POST", "/v1/generate");

        Generation created = client.generations().generate(fourVariants());

        assertThat(sim.requestCount("POST", "/v1/generate")).isEqualTo(2);
        assertThat(sim.generationCount()).isEqualTo(1);
        assertThat(sim.chargedCredits()).isEqualTo(80);
        assertThat(sim.balance()).isEqualTo(RynjerSimulator.INITIAL_BALANCE - 80);
        assertThat(client.generations().get(created.requestId()).taskId()).isEqualTo(created.taskId());
    }

    @Test
    void repeatingARequestIdReturnsTheSameTaskAndChargesNothing() {
        GenerateParams params = GenerateParams.builder().requestId("campaign-42").model("google/nano-banana")
                .prompt("p").build();

        Generation first = client.generations().generate(params);
        Generation second = client.generations().generate(params);

        assertThat(second.taskId()).isPresent().isEqualTo(first.taskId());
        assertThat(second.usageEventId()).isEqualTo(first.usageEventId());
        assertThat(sim.chargedCredits()).isEqualTo(8);
    }

    @Test
    void insufficientCreditsArriveInTheEnvelopeAndBecomeATypedExceptionWithTheAmounts() {
        sim.balance(10);

        assertThatThrownBy(() -> client.generations().generateAndWait(GenerateParams.builder().model("veo3_fast")
                .prompt("a drone shot").build()))
                .isInstanceOfSatisfying(InsufficientCreditsException.class, e -> {
                    assertThat(e.required()).hasValue(new BigDecimal("50"));
                    assertThat(e.available()).hasValue(new BigDecimal("10"));
                    assertThat(e.statusCode()).hasValue(200);
                    assertThat(e.errorCode()).hasValue("insufficient_credits");
                });
        assertThat(sim.requestCount("POST", "/v1/generate")).isEqualTo(1);
        assertThat(sim.generationCount()).isZero();
        assertThat(sim.balance()).isEqualTo(10);
    }

    @Test
    void otherInEnvelopeErrorsAreTypedAndNotRetried() {
        sim.failNext(1, "/v1/generate", request -> RynjerSimulator.envelopeError("model_unavailable",
                "The model is temporarily unavailable"));
        sim.failNext(1, "/v1/credits/balance", request -> RynjerSimulator.envelopeError("scope_not_allowed",
                "Requested scope not allowed"));

        assertThatThrownBy(() -> client.generations().generate(fourVariants()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.errorCode()).hasValue("model_unavailable");
                    assertThat(e.statusCode()).hasValue(200);
                    assertThat(e.getMessage()).contains("temporarily unavailable");
                });
        assertThatThrownBy(() -> client.credits().balance())
                .isInstanceOf(dev.mediagen.core.PermissionDeniedException.class);
        assertThat(sim.requestCount("POST", "/v1/generate")).isEqualTo(1);
        assertThat(sim.chargedCredits()).isZero();
    }

    @Test
    void aFailedGenerationFailsTheWaitWithTheGeneration() {
        sim.failAllJobs(true);

        assertThatThrownBy(() -> client.generations().generateAndWait(fourVariants()))
                .isInstanceOfSatisfying(JobFailedException.class, e -> {
                    Generation job = e.job(Generation.class);
                    assertThat(job.status()).isEqualTo(GenerationStatus.FAILED);
                    assertThat(job.outputs()).isEmpty();
                    assertThat(e.errorCode()).hasValue("generation_failed");
                    assertThat(e.getMessage()).contains("simulated failure");
                    assertThat(e.jobId()).isEqualTo(job.requestId());
                });
    }

    @Test
    void aWaitShorterThanTheGenerationTimesOut() {
        sim.generationTime(Duration.ofMinutes(10));

        assertThatThrownBy(() -> client.generations().generateAndWait(fourVariants(),
                WaitOptions.builder().timeout(Duration.ofMinutes(2)).build()))
                .isInstanceOf(WaitTimeoutException.class);
    }

    @Test
    void waitForAnExistingGenerationAndGetAnUnknownOne() {
        Generation created = client.generations().generate(fourVariants());

        Generation done = client.generations().waitFor(created.requestId());

        assertThat(done.outputUrls()).hasSize(4);
        assertThatThrownBy(() -> client.generations().get("never-created"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorCode()).hasValue("not_found"));
    }

    @Test
    void a429IsRetriedAfterItsRetryAfter() {
        sim.rateLimitNext(1, "/v1/credits/balance", Duration.ofSeconds(3));

        assertThat(client.credits().balance().credits()).isEqualTo(RynjerSimulator.INITIAL_BALANCE);
        assertThat(scheduler.requestedDelays()).contains(Duration.ofSeconds(3));
        assertThat(sim.requestCount("GET", "/v1/credits/balance")).isEqualTo(2);
    }

    @Test
    void a429BeyondTheLimitFailsFastAsRateLimitException() {
        sim.rateLimitNext(1, "/v1/credits/balance", Duration.ofMinutes(5));

        assertThatThrownBy(() -> client.credits().balance())
                .isInstanceOfSatisfying(RateLimitException.class,
                        e -> assertThat(e.retryAfter()).hasValue(Duration.ofMinutes(5)));
    }

    @Test
    void theSimulatorRejectsWhatTheClientCannotCheckAndTheClientTypesIt() {
        assertThatThrownBy(() -> client.generations().generate(GenerateParams.builder().model("dall-e-9").prompt("p").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.statusCode()).hasValue(400);
                    assertThat(e.errorCode()).hasValue("unknown_model");
                });
        assertThat(sim.chargedCredits()).isZero();
    }

    @Test
    void theVendorsEstimateAgreesWithTheOfflinePriceTable() {
        PriceTable table = client.credits().priceTable();
        List<EstimateParams> cases = List.of(
                EstimateParams.builder().model("nano-banana-pro").units(Units.builder().count(4).resolution("4K").build()).build(),
                EstimateParams.builder().model("nano-banana-pro").units(Units.builder().count(2).resolution("1K").build()).build(),
                EstimateParams.builder().model("veo3").units(Units.builder().resolution("1080p").build()).build(),
                EstimateParams.builder().model("sora-2").units(Units.builder().resolution("1080p").build()).build(),
                EstimateParams.builder().model("V5").build());

        for (EstimateParams params : cases) {
            CreditEstimate online = client.credits().estimate(params);
            assertThat(online.isOffline()).isFalse();
            assertThat(online.estimatedCredits()).as(params.toString())
                    .isEqualTo(table.estimate(params).orElseThrow().estimatedCredits());
        }
        assertThat(client.models().list()).extracting(ModelInfo::id).containsExactlyInAnyOrderElementsOf(table.models());
    }

    @Test
    void aStaticKeyTheSimulatorDoesNotKnowIsRejected() {
        try (RynjerClient stranger = RynjerClient.builder().baseUrl(sim.baseUrl()).apiKey("ryn_unknown")
                .scheduler(scheduler).build()) {
            assertThatThrownBy(() -> stranger.credits().balance(RequestOptions.none()))
                    .isInstanceOfSatisfying(dev.mediagen.core.AuthenticationException.class,
                            e -> assertThat(e.errorCode()).hasValue("invalid_token"));
        }
    }
}
