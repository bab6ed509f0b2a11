package dev.mediagen.apex;

import static dev.mediagen.apex.Fixtures.json;
import static dev.mediagen.apex.Fixtures.jobResponse;
import static dev.mediagen.apex.Fixtures.seed;
import static dev.mediagen.apex.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.RawResponse;
import dev.mediagen.core.time.VirtualScheduler;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every endpoint against MockWebServer, with the seed's JSON examples as fixtures. */
class ApexWireTest {
    static final String KEY = "sk_live_wire_secret_0042";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private VirtualScheduler scheduler;
    private ApexClient client;

    @BeforeEach
    void setUp() {
        scheduler = VirtualScheduler.automatic(Instant.parse("2026-03-16T12:00:00Z"));
        client = ApexClient.builder().baseUrl(server.url("/").toString()).apiKey(KEY).scheduler(scheduler).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
        scheduler.close();
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return request;
    }

    private RecordedRequest takePost(String target) throws InterruptedException {
        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo(target);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getHeaders().get("User-Agent")).matches("mediagen-java/\\S+ \\(apex\\) Java/\\S+");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        return request;
    }

    // ---- generation ----------------------------------------------------------------------------------------

    @Test
    void imageSendsTheSeedsCurlExampleAndReadsItsResponse() throws Exception {
        server.enqueue(json(200, seed("image-response.json")));

        Job job = client.generation().image(ImageRequest.builder()
                .prompt("A futuristic city skyline at sunset, photorealistic").width(1024).height(1024)
                .model(ImageModel.FLUX_2_PRO).build());

        RecordedRequest request = takePost("/api/generate/image");
        assertThat(tree(request.getBody().utf8())).isEqualTo(tree(seed("image-request.json")));
        assertThat(job.jobId()).isEqualTo("abc123-...");
        assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(job.message()).hasValue("Image generation job queued");
        assertThat(job.type()).hasValue(JobKind.IMAGE);
        assertThat(job.creditCost()).hasValue(10);
        assertThat(job.outputUrls()).isEmpty();
    }

    @Test
    void everyGenerationEndpointSendsEveryDocumentedField() throws Exception {
        Map<GenerationRequest, String> cases = new LinkedHashMap<>();
        cases.put(ImageRequest.builder().prompt("p").size(512, 768).steps(30).seed(42).style(ImageStyle.THREE_D)
                .model(ImageModel.IDEOGRAM_V3).negativePrompt("blur").build(),
                "{\"prompt\":\"p\",\"width\":512,\"height\":768,\"steps\":30,\"seed\":42,\"style\":\"3d\","
                        + "\"model\":\"ideogram-v3\",\"negativePrompt\":\"blur\"}");
        cases.put(VideoRequest.builder().script("s").avatarImage("https://x.example/face.png").voiceId("v1")
                .duration(45).resolution(Resolution.P1080).style(VideoStyle.ENERGETIC).model(VideoModel.VEO_3_1).build(),
                "{\"script\":\"s\",\"avatarImage\":\"https://x.example/face.png\",\"voiceId\":\"v1\",\"duration\":45,"
                        + "\"resolution\":\"1080p\",\"style\":\"energetic\",\"model\":\"veo-3.1\"}");
        cases.put(VoiceRequest.builder().text("t").voiceId("v1").speed(1.25).language("pt-BR")
                .model(TtsModel.ELEVENLABS_V3).build(),
                "{\"text\":\"t\",\"voiceId\":\"v1\",\"speed\":1.25,\"language\":\"pt-BR\",\"model\":\"elevenlabs-v3\"}");
        cases.put(AvatarRequest.builder().image("https://x.example/face.png").resolution(Resolution.P480)
                .model(AvatarModel.OMNIHUMAN_1_5).audio("https://x.example/a.wav").text("hi").voiceId("v2").build(),
                "{\"image\":\"https://x.example/face.png\",\"resolution\":\"480p\",\"model\":\"omnihuman-1.5\","
                        + "\"audio\":\"https://x.example/a.wav\",\"text\":\"hi\",\"voiceId\":\"v2\"}");
        cases.put(ClipRequest.builder().sourceVideoUrl("https://x.example/long.mp4").maxClips(20).minDuration(15)
                .maxDuration(60).addCaptions(true).aspectRatio(AspectRatio.PORTRAIT_9_16).viralScoreThreshold(7).build(),
                "{\"sourceVideoUrl\":\"https://x.example/long.mp4\",\"maxClips\":20,\"minDuration\":15,"
                        + "\"maxDuration\":60,\"addCaptions\":true,\"aspectRatio\":\"9:16\",\"viralScoreThreshold\":7}");
        cases.put(BRollRequest.builder().prompt("forest").duration(6).resolution(Resolution.P480)
                .model(VideoModel.KLING_2_6_PRO).build(),
                "{\"prompt\":\"forest\",\"duration\":6,\"resolution\":\"480p\",\"model\":\"kling-2.6-pro\"}");
        cases.put(TextToVideoRequest.builder().script("s").duration(20).resolution(Resolution.P720)
                .style(FilmStyle.AERIAL).model(VideoModel.KLING_3_0_PRO).build(),
                "{\"script\":\"s\",\"duration\":20,\"resolution\":\"720p\",\"style\":\"aerial\","
                        + "\"model\":\"kling-3.0-pro\"}");
        cases.put(CommercialRequest.builder().product("Aurora water bottle").platform(Platform.YOUTUBE).duration(60)
                .tone(CommercialTone.FUNNY).targetAudience("hikers").spokespersonImage("https://x.example/p.png")
                .addProductImage("https://x.example/1.png").addProductImage("https://x.example/2.png").voiceId("v3")
                .voiceModel("kokoro").musicMood("upbeat").videoModel("veo-3.1").build(),
                "{\"product\":\"Aurora water bottle\",\"platform\":\"youtube\",\"duration\":60,\"tone\":\"funny\","
                        + "\"targetAudience\":\"hikers\",\"spokespersonImage\":\"https://x.example/p.png\","
                        + "\"productImages\":[\"https://x.example/1.png\",\"https://x.example/2.png\"],"
                        + "\"voiceId\":\"v3\",\"voiceModel\":\"kokoro\",\"musicMood\":\"upbeat\",\"videoModel\":\"veo-3.1\"}");
        cases.put(TranslateRequest.builder().videoUrl("https://x.example/v.mp4").outputLanguage("es")
                .preserveOriginalVoice(true).build(),
                "{\"videoUrl\":\"https://x.example/v.mp4\",\"outputLanguage\":\"es\",\"preserveOriginalVoice\":true}");
        cases.put(InstantAdRequest.builder().websiteUrl("https://shop.example/bottle").platform(Platform.FACEBOOK)
                .count(4).style(AdStyle.PLAYFUL).outputFormat(AdFormat.BOTH).brandProfileId("bp_1").build(),
                "{\"websiteUrl\":\"https://shop.example/bottle\",\"platform\":\"facebook\",\"count\":4,"
                        + "\"style\":\"playful\",\"outputFormat\":\"both\",\"brandProfileId\":\"bp_1\"}");
        cases.put(PhotoshootRequest.builder().productImage("https://x.example/up.png").background(PhotoBackground.CUSTOM)
                .customBackground("marble kitchen counter").angle(PhotoAngle.DEGREE_45).lighting(PhotoLighting.GOLDEN_HOUR)
                .count(3).model("flux-2-pro").build(),
                "{\"productImage\":\"https://x.example/up.png\",\"background\":\"custom\",\"angle\":\"45-degree\","
                        + "\"lighting\":\"golden-hour\",\"count\":3,\"customBackground\":\"marble kitchen counter\","
                        + "\"model\":\"flux-2-pro\"}");

        for (Map.Entry<GenerationRequest, String> entry : cases.entrySet()) {
            server.enqueue(json(200, seed("create-response.json")));
            Job job = client.generation().submitAsync(entry.getKey()).get(5, TimeUnit.SECONDS);
            RecordedRequest request = takePost(entry.getKey().path());
            assertThat(tree(request.getBody().utf8())).as(entry.getKey().path()).isEqualTo(tree(entry.getValue()));
            assertThat(job.jobId()).isEqualTo("uuid");
            assertThat(job.type()).hasValue(entry.getKey().kind());
        }
    }

    @Test
    void eachTypedMethodPostsToItsOwnPath() throws Exception {
        for (int i = 0; i < 11; i++) {
            server.enqueue(json(200, seed("create-response.json")));
        }
        ApexGenerationService g = client.generation();
        g.image(ImageRequest.builder().prompt("p").build());
        g.video(VideoRequest.builder().script("s").build());
        g.voice(VoiceRequest.builder().text("t").build());
        g.avatar(AvatarRequest.builder().image("https://x.example/f.png").resolution(Resolution.P720)
                .model(AvatarModel.VEED_FABRIC).text("t").build());
        g.clip(ClipRequest.builder().sourceVideoUrl("https://x.example/v.mp4").build());
        g.bRoll(BRollRequest.builder().prompt("p").build());
        g.textToVideo(TextToVideoRequest.builder().script("s").build());
        g.commercial(CommercialRequest.builder().product("p").platform(Platform.TIKTOK).duration(15)
                .tone(CommercialTone.CASUAL).build());
        g.translate(TranslateRequest.builder().videoUrl("https://x.example/v.mp4").outputLanguage("de").build());
        g.instantAd(InstantAdRequest.builder().websiteUrl("https://x.example").platform(Platform.TIKTOK).count(1)
                .style(AdStyle.MODERN).build());
        g.photoshoot(PhotoshootRequest.builder().productImage("https://x.example/p.png")
                .background(PhotoBackground.OUTDOOR).angle(PhotoAngle.FRONT).lighting(PhotoLighting.NATURAL).count(1)
                .build());

        List<String> paths = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            paths.add(take().getTarget());
        }
        assertThat(paths).containsExactly("/api/generate/image", "/api/generate/video", "/api/generate/voice",
                "/api/generate/avatar", "/api/generate/clip", "/api/generate/b-roll", "/api/generate/text2video",
                "/api/generate/commercial", "/api/generate/translate", "/api/generate/instant-ad",
                "/api/generate/photoshoot");
    }

    @Test
    void voiceReadsTheEstimatedMinutes() throws Exception {
        server.enqueue(json(200, seed("voice-response.json")));

        Job job = client.generation().voiceAsync(VoiceRequest.builder().text("Hello").build()).get(5, TimeUnit.SECONDS);

        assertThat(takePost("/api/generate/voice").getBody().utf8()).isEqualTo("{\"text\":\"Hello\"}");
        assertThat(job.estimatedMinutes()).hasValue(1);
        assertThat(job.creditCost()).hasValue(80);
    }

    @Test
    void voiceCloneReadsTheBareAnswerAndAnEnvelopedOne() throws Exception {
        server.enqueue(json(200, seed("voice-clone-response.json")));
        server.enqueue(json(200, "{\"data\":{\"voiceId\":\"v_9\",\"message\":\"ok\"}}"));
        VoiceCloneRequest request = VoiceCloneRequest.of("Narrator", "https://x.example/sample.mp3");

        VoiceClone bare = client.generation().cloneVoice(request);
        VoiceClone enveloped = client.generation().cloneVoiceAsync(request).get(5, TimeUnit.SECONDS);

        assertThat(tree(takePost("/api/generate/voice-clone").getBody().utf8()))
                .isEqualTo(tree("{\"name\":\"Narrator\",\"sampleAudioUrl\":\"https://x.example/sample.mp3\"}"));
        assertThat(bare.voiceId()).isEqualTo("string");
        assertThat(bare.message()).hasValue("Voice cloned successfully");
        assertThat(enveloped.voiceId()).isEqualTo("v_9");
    }

    @Test
    void aCreateAndWaitPollsTheJobByIdUntilCompleted() throws Exception {
        server.enqueue(json(200, seed("image-response.json")));
        server.enqueue(json(200, "{\"data\":{\"jobId\":\"abc123-...\",\"type\":\"image\",\"status\":\"processing\"}}"));
        server.enqueue(json(200, jobResponse("webhook-job-completed.json").replace(
                "550e8400-e29b-41d4-a716-446655440000", "abc123-...")));

        Job done = client.generation().imageAndWait(ImageRequest.builder().prompt("p").build(),
                WaitOptions.builder().pollStrategy(PollStrategy.fixed(java.time.Duration.ofSeconds(2))).build());

        takePost("/api/generate/image");
        for (int i = 0; i < 2; i++) {
            RecordedRequest poll = take();
            assertThat(poll.getMethod()).isEqualTo("GET");
            assertThat(poll.getTarget()).isEqualTo("/api/jobs?id=abc123-...");
            assertThat(poll.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
        }
        assertThat(done.isCompleted()).isTrue();
        assertThat(done.outputUrl()).hasValue("https://cdn.useapexstudio.com/outputs/550e.../output.png");
        assertThat(done.outputType()).hasValue("image/png");
        assertThat(done.metadata().model()).hasValue("flux-2-pro");
        assertThat(done.metadata().durationMs()).hasValue(8200);
        assertThat(done.completedAt()).hasValue(Instant.parse("2026-03-16T12:00:00Z"));
    }

    // ---- jobs ----------------------------------------------------------------------------------------------

    @Test
    void getReadsAJobObjectAndEncodesTheId() throws Exception {
        server.enqueue(json(200, jobResponse("webhook-job-failed.json")));

        Job job = client.jobs().get("550e8400 e29b&x");

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/api/jobs?id=550e8400%20e29b%26x");
        assertThat(job.isFailed()).isTrue();
        assertThat(job.type()).hasValue(JobKind.VIDEO);
        assertThat(job.error()).hasValue("Generation failed");
        assertThat(job.creditsRefunded()).hasValue(250);
        assertThat(job.failedAt()).hasValue(Instant.parse("2026-03-16T12:00:00Z"));
    }

    @Test
    void getAcceptsAOneElementArrayAndAnIdKey() {
        server.enqueue(json(200, "{\"data\":[{\"id\":\"j-1\",\"status\":\"rendering\",\"newField\":{\"x\":1}}]}"));

        Job job = client.jobs().get("j-1");

        assertThat(job.jobId()).isEqualTo("j-1");
        assertThat(job.status().asString()).isEqualTo("rendering");
        assertThat(job.status().isKnown()).isFalse();
        assertThat(job.status().isTerminal()).isFalse();
        assertThat(job.creditCost()).isEmpty();
    }

    @Test
    void listReadsTheJobs() throws Exception {
        server.enqueue(json(200, "{\"data\":[" + tree(seed("webhook-job-completed.json")).path("data") + ","
                + tree(seed("webhook-job-failed.json")).path("data") + "]}"));

        List<Job> jobs = client.jobs().listAsync().get(5, TimeUnit.SECONDS);

        assertThat(take().getTarget()).isEqualTo("/api/jobs");
        assertThat(jobs).extracting(Job::status).containsExactly(JobStatus.COMPLETED, JobStatus.FAILED);
    }

    // ---- voice agents --------------------------------------------------------------------------------------

    @Test
    void createAgentStartCallAndListCalls() throws Exception {
        server.enqueue(json(200, seed("agent-response.json")));
        server.enqueue(json(200, seed("outbound-call-response.json")));
        server.enqueue(json(200, "{\"data\":[{\"callId\":\"uuid\",\"status\":\"completed\",\"durationSeconds\":61.5,"
                + "\"creditsUsed\":20}]}"));

        VoiceAgent agent = client.voiceAgents().createAgent(CreateAgentRequest.builder().name("Front desk")
                .systemPrompt("Book appointments.").greeting("Hello!").ttsModel(TtsModel.FISH_AUDIO_S1)
                .llmModel("gpt-4o").build());
        VoiceCall call = client.voiceAgents().startCall(agent.id(), "+442071838750");
        List<VoiceCall> calls = client.voiceAgents().listCalls();

        assertThat(tree(takePost("/api/voice-agent/agents").getBody().utf8())).isEqualTo(tree("{\"name\":\"Front desk\","
                + "\"systemPrompt\":\"Book appointments.\",\"greeting\":\"Hello!\",\"ttsModel\":\"fish-audio-s1\","
                + "\"llmModel\":\"gpt-4o\"}"));
        assertThat(tree(takePost("/api/voice-agent/calls/outbound").getBody().utf8()))
                .isEqualTo(tree("{\"agentId\":\"uuid\",\"phoneNumber\":\"+442071838750\"}"));
        RecordedRequest list = take();
        assertThat(list.getMethod()).isEqualTo("GET");
        assertThat(list.getTarget()).isEqualTo("/api/voice-agent/calls");
        assertThat(agent.id()).isEqualTo("uuid");
        assertThat(agent.greeting()).hasValue("Hello!");
        assertThat(call.callId()).isEqualTo("uuid");
        assertThat(call.isActive()).isTrue();
        assertThat(calls).singleElement().satisfies(c -> {
            assertThat(c.durationSeconds()).hasValue(new BigDecimal("61.5"));
            assertThat(c.credits()).hasValue(20);
        });
    }

    // ---- management ----------------------------------------------------------------------------------------

    @Test
    void usageKeysAndSettings() throws Exception {
        server.enqueue(json(200, seed("usage-response.json")));
        server.enqueue(json(200, "{\"data\":[{\"id\":\"k1\",\"name\":\"ci\",\"createdAt\":\"2026-03-01T00:00:00Z\"}]}"));
        server.enqueue(json(200, seed("key-created-response.json")));
        server.enqueue(json(200, seed("settings-response.json")));

        Usage usage = client.account().usage();
        List<ApiKey> keys = client.account().listApiKeys();
        CreatedApiKey created = client.account().createApiKey("deploy bot");
        WebhookSettings settings = client.account().setWebhookUrl("https://hooks.example.com/apex");

        RecordedRequest usageRequest = take();
        assertThat(usageRequest.getMethod() + " " + usageRequest.getTarget()).isEqualTo("GET /api/usage");
        RecordedRequest keysRequest = take();
        assertThat(keysRequest.getMethod() + " " + keysRequest.getTarget()).isEqualTo("GET /api/keys");
        assertThat(takePost("/api/keys").getBody().utf8()).isEqualTo("{\"name\":\"deploy bot\"}");
        RecordedRequest patch = take();
        assertThat(patch.getMethod()).isEqualTo("PATCH");
        assertThat(patch.getTarget()).isEqualTo("/api/settings");
        assertThat(patch.getBody().utf8()).isEqualTo("{\"webhookUrl\":\"https://hooks.example.com/apex\"}");
        assertThat(usage.credits()).isEqualTo(4500);
        assertThat(usage.used()).containsEntry("images", 12L);
        assertThat(usage.plan()).hasValue("enterprise");
        assertThat(keys).singleElement().satisfies(k -> assertThat(k.name()).hasValue("ci"));
        assertThat(created.key()).isEqualTo("sk_live_...");
        assertThat(created.toString()).doesNotContain("sk_live_...");
        assertThat(settings.webhookUrl()).hasValue("https://...");
    }

    @Test
    void rateLimitHeadersAreReadWithTheResetAsUnixSeconds() {
        server.enqueue(json(200, seed("usage-response.json")).newBuilder().setHeader("X-RateLimit-Limit", "20")
                .setHeader("X-RateLimit-Remaining", "17").setHeader("X-RateLimit-Reset", "1773662410").build());

        RawResponse<Usage> raw = RawResponse.capture(options -> client.account().usage(options));

        assertThat(raw.body().credits()).isEqualTo(4500);
        assertThat(raw.info().rateLimit()).hasValueSatisfying(state -> {
            assertThat(state.limit()).hasValue(20);
            assertThat(state.remaining()).hasValue(17);
            assertThat(state.reset()).hasValue(Instant.ofEpochSecond(1773662410));
        });
    }
}
