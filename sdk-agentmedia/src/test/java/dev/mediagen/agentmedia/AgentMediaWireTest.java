package dev.mediagen.agentmedia;

import static dev.mediagen.agentmedia.Fixtures.fixture;
import static dev.mediagen.agentmedia.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.core.Page;
import dev.mediagen.core.RawResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every endpoint against MockWebServer with the seed's JSON examples: what went over the wire, and what came back. */
class AgentMediaWireTest {
    private static final String KEY = "ma_test_0123456789abcdef0123456789ab";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private AgentMediaClient client;

    @BeforeEach
    void setUp() {
        client = AgentMediaClient.builder().baseUrl(server.url("/api/v1").toString()).apiKey(KEY).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private RecordedRequest taken(String method, String target) throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getTarget()).isEqualTo(target);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getHeaders().get("User-Agent")).matches("mediagen-java/\\S+ \\(agentmedia\\) Java/\\S+");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        return request;
    }

    @Test
    void createSendsTheQuickstartBodyAndReadsEveryResponseField() throws Exception {
        server.enqueue(fixture(201, "video-created"));

        VideoCreated created = client.videos().create(VideoCreateParams.script(
                "Ever wonder why top founders wake up at 5am? It is not about the alarm clock. It is about the mindset.")
                .actorSlug("emma").style(SubtitleStyle.HORMOZI).build());

        RecordedRequest request = taken("POST", "/api/v1/videos");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getBody().utf8()).isEqualTo(Fixtures.read("create-request-quickstart").trim());
        assertThat(created.jobId()).isEqualTo("a1b2c3d4-e5f6-7890-abcd-ef1234567890");
        assertThat(created.status()).isEqualTo(VideoStatus.SUBMITTED);
        assertThat(created.estimatedDuration()).hasValue(10);
        assertThat(created.creditsDeducted()).isEqualTo(300);
        assertThat(created.selectedVoice()).hasValue("cgSgspJ2msm6clMCkdW9");
        assertThat(created.voiceAutoDetected()).isFalse();
        assertThat(created.wordCount()).hasValue(18);
        assertThat(created.wordsPerSecond()).hasValue(new BigDecimal("1.8"));
        assertThat(created.maxWords()).hasValue(25);
        assertThat(created.generatedScript()).isEmpty();
        assertThat(created.pacingWarning()).isEmpty();
    }

    @Test
    void createSendsEveryDocumentedParameterInItsWireForm() throws Exception {
        server.enqueue(json(201, "{\"job_id\":\"j-1\",\"status\":\"submitted\",\"credits_deducted\":455,"
                + "\"generated_script\":\"Stop scrolling now.\",\"pacing_warning\":\"Auto-upgraded to 15s\"}"));

        VideoCreated created = client.videos().create(VideoCreateParams.prompt("A UGC ad for a note-taking app")
                .productUrl("https://example.com/app").actorSlug("emma").targetDuration(15)
                .style(SubtitleStyle.NEON).tone(Tone.CONFIDENT).voiceSpeed(1.1).music(Music.CHILL)
                .cta("Download today").aspectRatio(AspectRatio.SQUARE_1_1).template(VideoTemplate.SAAS_REVIEW)
                .pictureInPicture(PipOptions.builder().position(PipPosition.BOTTOM_LEFT).size(PipSize.SMALL)
                        .animation(PipAnimation.SLIDE_UP).frameStyle(PipFrameStyle.ROUNDED).build())
                .allowBroll(true).brollModel(BrollModel.KLING3)
                .brollImages(List.of("https://example.com/1.png", "https://example.com/2.png"))
                .productImageUrl("https://example.com/product.png").dubLanguage("pt-BR")
                .scenes(List.of(Scene.of(SceneType.TALKING_HEAD, "Meet the app."),
                        Scene.builder("See it in action.").type(SceneType.BROLL).visualPrompt("a phone on a desk")
                                .image("https://example.com/scene.png").build()))
                .webhookUrl("https://hooks.example.com/agentmedia").overlayText("NEW")
                .build());

        RecordedRequest request = taken("POST", "/api/v1/videos");
        assertThat(request.getBody().utf8()).isEqualTo("{\"prompt\":\"A UGC ad for a note-taking app\","
                + "\"product_url\":\"https://example.com/app\",\"actor_slug\":\"emma\",\"target_duration\":15,"
                + "\"style\":\"neon\",\"tone\":\"confident\",\"voice_speed\":1.1,\"music\":\"chill\","
                + "\"cta\":\"Download today\",\"aspect_ratio\":\"1:1\",\"template\":\"saas-review\","
                + "\"composition_mode\":\"pip\",\"pip_options\":{\"position\":\"bottom-left\",\"size\":\"small\","
                + "\"animation\":\"slide-up\",\"frame_style\":\"rounded\"},\"allow_broll\":true,"
                + "\"broll_model\":\"kling3\",\"broll_images\":[\"https://example.com/1.png\",\"https://example.com/2.png\"],"
                + "\"product_image_url\":\"https://example.com/product.png\",\"dub_language\":\"pt-BR\","
                + "\"scenes\":[{\"type\":\"talking_head\",\"text\":\"Meet the app.\"},{\"type\":\"broll\","
                + "\"text\":\"See it in action.\",\"visual_prompt\":\"a phone on a desk\","
                + "\"image\":\"https://example.com/scene.png\"}],"
                + "\"webhook_url\":\"https://hooks.example.com/agentmedia\",\"overlay_text\":\"NEW\"}");
        assertThat(created.generatedScript()).hasValue("Stop scrolling now.");
        assertThat(created.pacingWarning()).hasValue("Auto-upgraded to 15s");
        assertThat(created.estimatedDuration()).isEmpty();
    }

    @Test
    void createIsNeverReSentAfterAServerErrorBecauseItWouldChargeTwice() throws Exception {
        server.enqueue(json(502, "{\"error\":{\"code\":\"edge_function_unreachable\",\"message\":\"fetch failed\","
                + "\"type\":\"server_error\"}}"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.videos().create(
                        VideoCreateParams.script("Ever wonder why top founders wake up at 5am? It is about mindset.").build()))
                .isInstanceOf(dev.mediagen.core.ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void listSendsFiltersAndReadsTheSeedListing() throws Exception {
        server.enqueue(fixture(200, "video-list"));

        Page<VideoJob> page = client.videos().list(VideoListParams.builder().limit(10).offset(5)
                .status(VideoStatus.COMPLETED).sort(VideoSort.OLDEST).model("ugc-basic").build());

        taken("GET", "/api/v1/videos?limit=10&offset=5&status=completed&sort=oldest&model=ugc-basic");
        assertThat(page.total()).hasValue(42L);
        assertThat(page.hasNextPage()).isTrue();
        VideoJob job = page.items().get(0);
        assertThat(job.id()).isEqualTo("a1b2c3d4-e5f6-7890-abcd-ef1234567890");
        assertThat(job.modelSlug()).hasValue("ugc-basic");
        assertThat(job.operation()).hasValue("ugc_video");
        assertThat(job.status()).isEqualTo(VideoStatus.COMPLETED);
        assertThat(job.creditCost()).hasValue(300);
        assertThat(job.outputUrl()).hasValue("https://pub-xxx.r2.dev/videos/a1b2c3d4.mp4");
        assertThat(job.createdAt()).hasValue(Instant.parse("2026-03-20T14:30:00Z"));
        assertThat(job.completedAt()).hasValue(Instant.parse("2026-03-20T14:32:15Z"));
    }

    @Test
    void listWithDefaultsSendsNoQueryAndTheAutoPagerRequestsFollowingOffsets() throws Exception {
        server.enqueue(json(200, "{\"jobs\":[" + job("a") + "," + job("b") + "],\"total\":3}"));
        server.enqueue(json(200, "{\"jobs\":[" + job("c") + "],\"total\":3}"));

        Page<VideoJob> first = client.videos().list(VideoListParams.builder().limit(2).build());
        List<String> ids = first.autoPager().stream().map(VideoJob::id).collect(java.util.stream.Collectors.toList());

        assertThat(ids).containsExactly("a", "b", "c");
        taken("GET", "/api/v1/videos?limit=2");
        taken("GET", "/api/v1/videos?limit=2&offset=2");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    private static String job(String id) {
        return "{\"id\":\"" + id + "\",\"status\":\"completed\",\"unknown_column\":{\"x\":1}}";
    }

    @Test
    void getReadsTheDocumentedOutputUrl() throws Exception {
        server.enqueue(fixture(200, "video-completed"));

        VideoJob job = client.videos().get("a1b2c3d4-e5f6-7890-abcd-ef1234567890");

        taken("GET", "/api/v1/videos/a1b2c3d4-e5f6-7890-abcd-ef1234567890");
        assertThat(job.status().isTerminal()).isTrue();
        assertThat(job.outputUrl()).hasValue("https://pub-xxx.r2.dev/videos/a1b2c3d4.mp4");
        assertThat(job.resultUrls()).containsExactly("https://pub-xxx.r2.dev/videos/a1b2c3d4.mp4");
        assertThat(job.creditCost()).hasValue(300);
    }

    @Test
    void getReadsTheRawRowsOutputMediaUrlAndApiV2ViewAndUnknownStatuses() throws Exception {
        server.enqueue(json(200, "{\"id\":\"j-2\",\"status\":\"completed\",\"output_media_url\":\"https://cdn/x.mp4\","
                + "\"output_thumbnail_url\":\"https://cdn/x.png\",\"error_code\":null,\"input_params\":{\"style\":\"bold\"}}"));
        server.enqueue(json(200, "{\"job_id\":\"j-3\",\"status\":\"rendering_v3\",\"progress\":42.5,"
                + "\"video_url\":\"https://cdn/y.mp4\"}"));

        VideoJob row = client.videos().get("j-2");
        VideoJob view = client.videos().get("j-3");

        assertThat(row.outputUrl()).hasValue("https://cdn/x.mp4");
        assertThat(row.thumbnailUrl()).hasValue("https://cdn/x.png");
        assertThat(row.inputParams()).containsEntry("style", "bold");
        assertThat(view.id()).isEqualTo("j-3");
        assertThat(view.status().isKnown()).isFalse();
        assertThat(view.status().isTerminal()).isFalse();
        assertThat(view.progress()).hasValue(42.5);
        assertThat(view.outputUrl()).hasValue("https://cdn/y.mp4");
    }

    @Test
    void idsAreEncodedAsOnePathSegment() throws Exception {
        server.enqueue(fixture(200, "video-completed"));

        client.videos().get("../account");

        taken("GET", "/api/v1/videos/..%2Faccount");
    }

    @Test
    void deleteIsASoftDelete() throws Exception {
        server.enqueue(fixture(200, "video-deleted"));

        VideoDeleted deleted = client.videos().delete("a1b2c3d4-e5f6-7890-abcd-ef1234567890");

        taken("DELETE", "/api/v1/videos/a1b2c3d4-e5f6-7890-abcd-ef1234567890");
        assertThat(deleted.success()).isTrue();
        assertThat(deleted.jobId()).isEqualTo("a1b2c3d4-e5f6-7890-abcd-ef1234567890");
        assertThat(deleted.deletedAt()).hasValue(Instant.parse("2026-03-20T15:00:00Z"));
    }

    @Test
    void cancelPostsAndReadsTheRefund() throws Exception {
        server.enqueue(fixture(200, "video-canceled"));

        VideoCancellation canceled = client.videos().cancel("a1b2c3d4-e5f6-7890-abcd-ef1234567890");

        RecordedRequest request = taken("POST", "/api/v1/videos/a1b2c3d4-e5f6-7890-abcd-ef1234567890/cancel");
        assertThat(request.getBody().size()).isZero();
        assertThat(canceled.canceled()).isTrue();
        assertThat(canceled.jobId()).isEqualTo("a1b2c3d4-e5f6-7890-abcd-ef1234567890");
        assertThat(canceled.creditsRefunded()).isEqualTo(300);
        assertThat(canceled.refundPending()).isFalse();
    }

    @Test
    void actorsListSendsEveryFilter() throws Exception {
        server.enqueue(fixture(200, "actors"));

        ActorList list = client.actors().list(ActorListParams.builder().gender("female").ageRange("26-35")
                .actorType("Young Adult").search("em").build());

        taken("GET", "/api/v1/actors?gender=female&age_range=26-35&actor_type=Young%20Adult&search=em");
        assertThat(list.total()).isEqualTo(200);
        Actor emma = list.actors().get(0);
        assertThat(emma.slug()).isEqualTo("emma");
        assertThat(emma.name()).isEqualTo("Emma");
        assertThat(emma.gender()).hasValue("female");
        assertThat(emma.ageRange()).hasValue("26-35");
        assertThat(emma.actorType()).hasValue("Young Adult");
        assertThat(emma.portraitUrl()).hasValue("https://pub-xxx.r2.dev/actors/emma/portrait.png");
        assertThat(emma.voiceId()).hasValue("EXAVITQu4vr4xnSDxMaL");
        assertThat(emma.isActive()).isTrue();
    }

    @Test
    void actorGetUnwrapsTheActor() throws Exception {
        server.enqueue(fixture(200, "actor"));

        Actor actor = client.actors().get("emma");

        taken("GET", "/api/v1/actors/emma");
        assertThat(actor.id()).isEqualTo("66ac63f6-xxxx-xxxx-xxxx-xxxxxxxxxxxx");
        assertThat(actor.actorType()).isEmpty();
    }

    @Test
    void accountInfoReadsPlanCreditsAndLimits() throws Exception {
        server.enqueue(fixture(200, "account"));

        AccountInfo info = client.account().info();

        taken("GET", "/api/v1/account");
        assertThat(info.userId()).isEqualTo("user-uuid");
        assertThat(info.plan().tier()).hasValue(PlanTier.STARTER);
        assertThat(info.plan().name()).hasValue("Creator");
        assertThat(info.plan().status()).hasValue("active");
        assertThat(info.plan().trialActive()).isFalse();
        assertThat(info.plan().trialEndsAt()).isEmpty();
        assertThat(info.plan().currentPeriodEnd()).hasValue(Instant.parse("2026-04-20T00:00:00Z"));
        assertThat(info.credits().monthlyRemaining()).isEqualTo(2400);
        assertThat(info.credits().monthlyAllowance()).isEqualTo(3900);
        assertThat(info.credits().purchased()).isZero();
        assertThat(info.credits().total()).isEqualTo(2400);
        assertThat(info.limits().maxConcurrentJobs()).hasValue(3);
        assertThat(info.limits().maxVideoDuration()).hasValue(10);
        assertThat(info.limits().modelsAvailable()).containsExactly("ugc-basic");
    }

    @Test
    void usageSendsThePeriodAndReadsEveryBreakdown() throws Exception {
        server.enqueue(fixture(200, "usage"));

        UsageStats usage = client.account().usage(UsagePeriod.LAST_7_DAYS);

        taken("GET", "/api/v1/account/usage?period=7d");
        assertThat(usage.period()).hasValue("30d");
        assertThat(usage.periodStart()).hasValue(Instant.parse("2026-02-21T00:00:00Z"));
        assertThat(usage.summary().totalJobs()).isEqualTo(45);
        assertThat(usage.summary().completedJobs()).isEqualTo(40);
        assertThat(usage.summary().failedJobs()).isEqualTo(3);
        assertThat(usage.summary().creditsUsed()).isEqualTo(12000);
        assertThat(usage.byModel().get(0).modelSlug()).isEqualTo("ugc-basic");
        assertThat(usage.byModel().get(0).avgDurationSeconds()).hasValue(new BigDecimal("85.2"));
        assertThat(usage.daily().get(0).date()).isEqualTo(LocalDate.of(2026, 3, 22));
        assertThat(usage.daily().get(0).creditsUsed()).isEqualTo(900);
        assertThat(usage.byOperation().get(0).operation()).isEqualTo("ugc_video");
        assertThat(usage.byOperation().get(0).jobCount()).isEqualTo(45);
    }

    @Test
    void keyCreateSendsTheNameAndNeverPrintsTheKey() throws Exception {
        server.enqueue(fixture(201, "key-created"));

        CreatedApiKey key = client.keys().create("Production Key");

        RecordedRequest request = taken("POST", "/api/v1/account/keys");
        assertThat(request.getBody().utf8()).isEqualTo("{\"name\":\"Production Key\"}");
        assertThat(key.key()).isEqualTo("ma_a1b2c3d4e5f6789012345678901234ab");
        assertThat(key.id()).isEqualTo("key-uuid");
        assertThat(key.keyPrefix()).isEqualTo("ma_a1b2c3d4");
        assertThat(key.name()).isEqualTo("Production Key");
        assertThat(key.createdAt()).hasValue(Instant.parse("2026-03-23T10:00:00Z"));
        assertThat(key.toString()).doesNotContain("ma_a1b2c3d4e5f6789012345678901234ab").contains("ma_a1b2c3d4");
    }

    @Test
    void keyCreateWithoutANameSendsAnEmptyObject() throws Exception {
        server.enqueue(fixture(201, "key-created"));

        client.keys().create();

        assertThat(taken("POST", "/api/v1/account/keys").getBody().utf8()).isEqualTo("{}");
    }

    @Test
    void keyListAndRevoke() throws Exception {
        server.enqueue(fixture(200, "keys"));
        server.enqueue(fixture(200, "key-revoked"));

        List<ApiKeyInfo> keys = client.keys().list();
        KeyRevocation revoked = client.keys().revoke("key-uuid");

        taken("GET", "/api/v1/account/keys");
        taken("DELETE", "/api/v1/account/keys/key-uuid");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).keyPrefix()).isEqualTo("ma_a1b2c3d4");
        assertThat(keys.get(0).name()).isEqualTo("Production Key");
        assertThat(keys.get(0).lastUsedAt()).hasValue(Instant.parse("2026-03-23T14:30:00Z"));
        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.id()).isEqualTo("key-uuid");
    }

    @Test
    void rawResponsesExposeRequestIdAndRateLimitHeaders() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("X-Request-Id", "9b2c").setHeader("X-RateLimit-Limit", "60")
                .setHeader("X-RateLimit-Remaining", "59").setHeader("X-RateLimit-Reset", "1774017060")
                .body(Fixtures.read("account")).build());

        RawResponse<AccountInfo> raw = RawResponse.capture(opts -> client.account().info(opts));

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.info().requestId()).hasValue("9b2c");
        assertThat(raw.info().rateLimit()).hasValueSatisfying(limit -> {
            assertThat(limit.limit()).hasValue(60);
            assertThat(limit.remaining()).hasValue(59);
            assertThat(limit.reset()).hasValue(Instant.ofEpochSecond(1774017060));
        });
        assertThat(raw.body().credits().total()).isEqualTo(2400);
    }

    @Test
    void asyncCallsCompleteWithTheSameValues() throws Exception {
        server.enqueue(fixture(200, "video-completed"));

        VideoJob job = client.videos().getAsync("a1b2c3d4-e5f6-7890-abcd-ef1234567890").get(5,
                java.util.concurrent.TimeUnit.SECONDS);

        assertThat(job.outputUrl()).isPresent();
        taken("GET", "/api/v1/videos/a1b2c3d4-e5f6-7890-abcd-ef1234567890");
    }
}
