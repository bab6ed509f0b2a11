package dev.mediagen.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Apex simulator on the wire: auth, envelopes, validation, credits, limits, progression, webhooks, media. */
class ApexSimulatorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PHOTOSHOOT = "{\"productImage\":\"https://x.example/p.png\",\"background\":\"outdoor\","
            + "\"angle\":\"hero\",\"lighting\":\"soft\",\"count\":2}";
    private final HttpClient http = HttpClient.newHttpClient();
    private final ApexSimulator sim = new ApexSimulator().start();

    @AfterEach
    void tearDown() {
        sim.close();
    }

    private HttpResponse<byte[]> send(String method, String path, String token, String body) throws IOException,
            InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : sim.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> api(String method, String path, String body) throws IOException, InterruptedException {
        return send(method, path, ApexSimulator.API_KEY, body);
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        return MAPPER.readTree(response.body());
    }

    @Test
    void authNeedsAKnownKeyOnTheEnterprisePlan() throws Exception {
        HttpResponse<byte[]> none = send("GET", "/api/usage", null, null);
        HttpResponse<byte[]> wrong = send("GET", "/api/usage", "sk_live_nope", null);
        sim.plan("creator");
        HttpResponse<byte[]> creator = api("GET", "/api/usage", null);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json(none).path("code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(json(none).path("error").asText()).isEqualTo("Missing API key");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(creator.statusCode()).isEqualTo(403);
        assertThat(json(creator).path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(sim.unauthorizedCount()).isEqualTo(2);
    }

    @Test
    void aJobIsCreatedQueuedProgressesAndCompletesWithSignedMediaUrls() throws Exception {
        HttpResponse<byte[]> created = api("POST", "/api/generate/photoshoot", PHOTOSHOOT);
        JsonNode data = json(created).path("data");
        String id = data.path("jobId").asText();

        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(data.path("status").asText()).isEqualTo("queued");
        assertThat(data.path("message").asText()).isEqualTo("Photoshoot job queued");
        assertThat(id).matches("[0-9a-f-]{36}");
        assertThat(sim.credits()).isEqualTo(ApexSimulator.INITIAL_CREDITS - 30);
        assertThat(json(api("GET", "/api/jobs?id=" + id, null)).path("data").path("status").asText()).isEqualTo("queued");
        sim.advance(Duration.ofSeconds(5));
        assertThat(sim.statusOf(id)).hasValue("processing");
        sim.advance(Duration.ofSeconds(10));

        JsonNode job = json(api("GET", "/api/jobs?id=" + id, null)).path("data");
        assertThat(job.path("status").asText()).isEqualTo("completed");
        assertThat(job.path("type").asText()).isEqualTo("photoshoot");
        assertThat(job.path("outputType").asText()).isEqualTo("image/png");
        assertThat(job.path("metadata").path("photoCount").asInt()).isEqualTo(2);
        assertThat(job.path("metadata").path("background").asText()).isEqualTo("outdoor");
        assertThat(job.path("outputUrls")).hasSize(2);
        assertThat(job.path("completedAt").asText()).isEqualTo("2026-03-16T12:00:15Z");
        String url = job.path("outputUrls").get(1).asText();
        assertThat(url).contains("expires=").contains("signature=");
        HttpResponse<byte[]> file = send("GET", url, null, null);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(MediaFiles.sniff(file.body())).isEqualTo("image/png");
        assertThat(send("GET", url.replaceAll("signature=[0-9a-f]+", "signature=0"), null, null).statusCode())
                .isEqualTo(403);
        sim.advance(Duration.ofHours(25));
        assertThat(send("GET", url, null, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aFailedJobIsRefundedAndSaysSo() throws Exception {
        sim.failAllJobs(true);
        String id = json(api("POST", "/api/generate/b-roll", "{\"prompt\":\"forest\"}")).path("data").path("jobId").asText();
        assertThat(sim.credits()).isEqualTo(ApexSimulator.INITIAL_CREDITS - 150);

        sim.advance(Duration.ofMinutes(1));

        JsonNode job = json(api("GET", "/api/jobs?id=" + id, null)).path("data");
        assertThat(job.path("status").asText()).isEqualTo("failed");
        assertThat(job.path("error").asText()).isEqualTo("Generation failed");
        assertThat(job.path("creditsRefunded").asLong()).isEqualTo(150);
        assertThat(job.has("outputUrl")).isFalse();
        assertThat(sim.credits()).isEqualTo(ApexSimulator.INITIAL_CREDITS);
        assertThat(json(api("GET", "/api/usage", null)).path("data").path("credits").asLong())
                .isEqualTo(ApexSimulator.INITIAL_CREDITS);
    }

    @Test
    void missingCreditsAre402AndUnknownJobs404() throws Exception {
        sim.credits(20);

        HttpResponse<byte[]> poor = api("POST", "/api/generate/photoshoot", PHOTOSHOOT);
        HttpResponse<byte[]> missing = api("GET", "/api/jobs?id=nope", null);

        assertThat(poor.statusCode()).isEqualTo(402);
        assertThat(json(poor).path("code").asText()).isEqualTo("PAYMENT_REQUIRED");
        assertThat(sim.jobCount()).isZero();
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).path("code").asText()).isEqualTo("NOT_FOUND");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "image|{\"prompt\":\"\"}|prompt",
        "image|{\"prompt\":\"p\",\"width\":4096}|width",
        "image|{\"prompt\":\"p\",\"steps\":51}|steps",
        "image|{\"prompt\":\"p\",\"style\":\"watercolor\"}|style",
        "video|{\"script\":\"s\",\"duration\":61}|duration",
        "video|{\"script\":\"s\",\"avatarImage\":\"http://x.example/f.png\"}|avatarImage",
        "voice|{\"text\":\"t\",\"speed\":2.5}|speed",
        "voice-clone|{\"name\":\"n\",\"sampleAudioUrl\":\"http://x.example/s.wav\"}|sampleAudioUrl",
        "avatar|{\"image\":\"https://x.example/f.png\",\"resolution\":\"4k\",\"model\":\"veed-fabric\",\"text\":\"t\"}|resolution",
        "clip|{\"sourceVideoUrl\":\"https://x.example/v.mp4\",\"maxClips\":21}|maxClips",
        "clip|{\"sourceVideoUrl\":\"https://x.example/v.mp4\",\"viralScoreThreshold\":11}|viralScoreThreshold",
        "b-roll|{\"prompt\":\"p\",\"duration\":7}|duration",
        "b-roll|{\"prompt\":\"p\",\"model\":\"veo-3.1\"}|model",
        "commercial|{\"product\":\"p\",\"platform\":\"tv\",\"duration\":45,\"tone\":\"funny\"}|duration",
        "translate|{\"videoUrl\":\"https://x.example/v.mp4\"}|outputLanguage",
        "instant-ad|{\"websiteUrl\":\"https://x.example\",\"platform\":\"tv\",\"count\":1,\"style\":\"bold\"}|platform",
        "photoshoot|{\"productImage\":\"https://x.example/p.png\",\"background\":\"custom\",\"angle\":\"hero\",\"lighting\":\"soft\",\"count\":1}|customBackground",
        "photoshoot|{\"productImage\":\"https://x.example/p.png\",\"background\":\"outdoor\",\"angle\":\"hero\",\"lighting\":\"soft\",\"count\":5}|count",
    })
    void invalidBodiesAre400BadRequestAndChargeNothing(String endpoint, String body, String field) throws Exception {
        HttpResponse<byte[]> response = api("POST", "/api/generate/" + endpoint, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(json(response).path("error").asText()).startsWith("Invalid input: " + field);
        assertThat(sim.chargedCredits()).isZero();
    }

    @Test
    void voiceCloneAnswersWithoutTheDataEnvelope() throws Exception {
        JsonNode clone = json(api("POST", "/api/generate/voice-clone",
                "{\"name\":\"Narrator\",\"sampleAudioUrl\":\"https://x.example/s.wav\"}"));

        assertThat(clone.has("data")).isFalse();
        assertThat(clone.path("voiceId").asText()).startsWith("voice_");
        assertThat(clone.path("message").asText()).isEqualTo("Voice cloned successfully");
        assertThat(sim.chargedCredits()).isEqualTo(80);
    }

    @Test
    void generationIsLimitedTo5Per10SecondsWithTheDocumentedHeadersAnd429() throws Exception {
        Instant now = ApexSimulator.EPOCH;
        for (int i = 0; i < 5; i++) {
            HttpResponse<byte[]> ok = api("POST", "/api/generate/image", "{\"prompt\":\"p\"}");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.headers().firstValue("X-RateLimit-Limit")).hasValue("5");
            assertThat(ok.headers().firstValue("X-RateLimit-Remaining")).hasValue(Integer.toString(4 - i));
            assertThat(ok.headers().firstValue("X-RateLimit-Reset"))
                    .hasValue(Long.toString(now.plusSeconds(10).getEpochSecond()));
        }
        HttpResponse<byte[]> limited = api("POST", "/api/generate/image", "{\"prompt\":\"p\"}");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(MAPPER.readTree(limited.body())).isEqualTo(MAPPER.readTree(
                "{\"error\":\"Too many requests\",\"code\":\"RATE_LIMITED\"}"));
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("10");
        assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(sim.jobCount()).isEqualTo(5);
        assertThat(sim.rateLimitedCount()).isEqualTo(1);

        sim.advance(Duration.ofMillis(9_999));
        assertThat(api("POST", "/api/generate/image", "{\"prompt\":\"p\"}").statusCode()).isEqualTo(429);
        sim.advance(Duration.ofMillis(1));
        assertThat(api("POST", "/api/generate/image", "{\"prompt\":\"p\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void theWindowSlides() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(api("POST", "/api/generate/image", "{\"prompt\":\"p\"}").statusCode()).isEqualTo(200);
        }
        sim.advance(Duration.ofSeconds(6));
        for (int i = 0; i < 2; i++) {
            assertThat(api("POST", "/api/generate/image", "{\"prompt\":\"p\"}").statusCode()).isEqualTo(200);
        }
        // At 6 s + 4 s the first three leave the window; a fixed window starting at 6 s would already be full.
        sim.advance(Duration.ofSeconds(4));
        for (int i = 0; i < 3; i++) {
            assertThat(api("POST", "/api/generate/image", "{\"prompt\":\"p\"}").statusCode()).isEqualTo(200);
        }
        assertThat(api("POST", "/api/generate/image", "{\"prompt\":\"p\"}").statusCode()).isEqualTo(429);
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/jobs, 20, 10",
        "GET, /api/usage, 20, 10",
        "POST, /api/upload/image, 10, 60",
        "DELETE, /api/keys/key_1, 10, 60",
    })
    void readsUploadsAndDeletesHaveTheirOwnLimits(String method, String path, int limit, int windowSeconds)
            throws Exception {
        for (int i = 0; i < limit; i++) {
            HttpResponse<byte[]> response = api(method, path, method.equals("POST") ? "{}" : null);
            assertThat(response.statusCode()).isNotEqualTo(429);
            assertThat(response.headers().firstValue("X-RateLimit-Limit")).hasValue(Integer.toString(limit));
        }
        HttpResponse<byte[]> limited = api(method, path, method.equals("POST") ? "{}" : null);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue(Integer.toString(windowSeconds));
        assertThat(limited.headers().firstValue("X-RateLimit-Reset"))
                .hasValue(Long.toString(ApexSimulator.EPOCH.plusSeconds(windowSeconds).getEpochSecond()));
        assertThat(api("POST", "/api/generate/image", "{\"prompt\":\"p\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void webhooksAreDeliveredAndRetriedAfter10And60And300Seconds() throws Exception {
        try (MockWebServer receiver = new MockWebServer()) {
            for (int i = 0; i < 4; i++) {
                receiver.enqueue(new MockResponse.Builder().code(500).build());
            }
            receiver.start();
            sim.webhookTarget(receiver.url("/hooks").toString());
            String id = json(api("POST", "/api/generate/image", "{\"prompt\":\"p\",\"model\":\"flux-2-pro\"}"))
                    .path("data").path("jobId").asText();

            sim.advance(Duration.ofSeconds(8));
            sim.deliverDueWebhooks();
            for (Duration delay : ApexSimulator.WEBHOOK_RETRY_SCHEDULE) {
                sim.advance(delay.minusMillis(1));
                sim.deliverDueWebhooks();
                sim.advance(Duration.ofMillis(1));
                sim.deliverDueWebhooks();
            }
            sim.advance(Duration.ofHours(1));
            sim.deliverDueWebhooks();

            List<ApexSimulator.WebhookAttempt> attempts = sim.webhookAttempts();
            Instant done = ApexSimulator.EPOCH.plusSeconds(8);
            assertThat(attempts).extracting(ApexSimulator.WebhookAttempt::at).containsExactly(done,
                    done.plusSeconds(10), done.plusSeconds(70), done.plusSeconds(370));
            assertThat(attempts).extracting(ApexSimulator.WebhookAttempt::attempt).containsExactly(1, 2, 3, 4);
            assertThat(attempts).allSatisfy(a -> assertThat(a.status()).isEqualTo(500));
            assertThat(receiver.getRequestCount()).isEqualTo(4);
            JsonNode body = MAPPER.readTree(attempts.get(0).body());
            assertThat(body.path("event").asText()).isEqualTo("job.completed");
            assertThat(body.path("timestamp").asText()).isEqualTo("2026-03-16T12:00:08Z");
            assertThat(body.path("data").path("jobId").asText()).isEqualTo(id);
            assertThat(body.path("data").path("metadata").path("model").asText()).isEqualTo("flux-2-pro");
            assertThat(receiver.takeRequest().getHeaders().get("Content-Type")).startsWith("application/json");
        }
    }

    @Test
    void aFailedJobsWebhookCarriesTheRefund() throws Exception {
        try (MockWebServer receiver = new MockWebServer()) {
            receiver.enqueue(new MockResponse.Builder().code(204).build());
            receiver.start();
            sim.webhookTarget(receiver.url("/hooks").toString()).failAllJobs(true);
            api("POST", "/api/generate/video", "{\"script\":\"s\"}");

            sim.advance(Duration.ofMinutes(2));
            sim.deliverDueWebhooks();

            assertThat(sim.webhookAttempts()).singleElement().satisfies(a -> {
                assertThat(a.event()).isEqualTo("job.failed");
                assertThat(a.status()).isEqualTo(204);
            });
            JsonNode data = MAPPER.readTree(sim.webhookAttempts().get(0).body()).path("data");
            assertThat(data.path("creditsRefunded").asLong()).isEqualTo(250);
            assertThat(data.path("failedAt").asText()).isEqualTo("2026-03-16T12:01:00Z");
        }
    }

    @Test
    void theSettingsEndpointRequiresAPublicHttpsUrl() throws Exception {
        assertThat(api("PATCH", "/api/settings", "{\"webhookUrl\":\"http://hooks.example.com\"}").statusCode())
                .isEqualTo(400);
        for (String blocked : List.of("https://localhost/x", "https://10.0.0.8/x", "https://169.254.169.254/latest",
                "https://192.168.1.2/x", "https://metadata.google.internal/x")) {
            HttpResponse<byte[]> response = api("PATCH", "/api/settings", "{\"webhookUrl\":\"" + blocked + "\"}");
            assertThat(response.statusCode()).as(blocked).isEqualTo(400);
        }
        JsonNode ok = json(api("PATCH", "/api/settings", "{\"webhookUrl\":\"https://hooks.example.com/apex\"}"));
        assertThat(ok.path("data").path("webhookUrl").asText()).isEqualTo("https://hooks.example.com/apex");
        assertThat(sim.webhookUrl()).hasValue("https://hooks.example.com/apex");
    }

    @Test
    void agentsCallsAndKeys() throws Exception {
        JsonNode agent = json(api("POST", "/api/voice-agent/agents", "{\"name\":\"Desk\",\"systemPrompt\":\"s\","
                + "\"greeting\":\"g\",\"ttsModel\":\"kokoro\",\"llmModel\":\"m\"}")).path("data");
        HttpResponse<byte[]> badNumber = api("POST", "/api/voice-agent/calls/outbound",
                "{\"agentId\":\"" + agent.path("id").asText() + "\",\"phoneNumber\":\"0123\"}");
        HttpResponse<byte[]> call = api("POST", "/api/voice-agent/calls/outbound",
                "{\"agentId\":\"" + agent.path("id").asText() + "\",\"phoneNumber\":\"+14155550123\"}");
        JsonNode key = json(api("POST", "/api/keys", "{\"name\":\"ci\"}")).path("data");

        assertThat(agent.path("name").asText()).isEqualTo("Desk");
        assertThat(badNumber.statusCode()).isEqualTo(400);
        assertThat(json(call).path("data").path("status").asText()).isEqualTo("active");
        assertThat(call.headers().firstValue("X-RateLimit-Limit")).hasValue("200");
        assertThat(key.path("key").asText()).startsWith("sk_live_");
        assertThat(send("GET", "/api/usage", key.path("key").asText(), null).statusCode()).isEqualTo(200);
        JsonNode keys = json(api("GET", "/api/keys", null)).path("data");
        assertThat(keys).hasSize(2);
        assertThat(keys.toString()).doesNotContain(key.path("key").asText());
        sim.advance(Duration.ofMinutes(3));
        JsonNode calls = json(api("GET", "/api/voice-agent/calls", null)).path("data");
        assertThat(calls.get(0).path("status").asText()).isEqualTo("completed");
        assertThat(calls.get(0).path("creditsUsed").asLong()).isEqualTo(20);
    }
}
