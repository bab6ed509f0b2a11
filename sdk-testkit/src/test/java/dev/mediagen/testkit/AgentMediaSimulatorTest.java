package dev.mediagen.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agent-media simulator over plain HTTP: the vendor's wire behaviour, without the SDK's client. */
class AgentMediaSimulatorTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = "Ever wonder why top founders wake up at 5am? It is not about the alarm clock."
            + " It is about the mindset.";

    @StartStop
    final MockWebServer receiver = new MockWebServer();

    private AgentMediaSimulator sim;

    @BeforeEach
    void setUp() {
        sim = new AgentMediaSimulator().start();
    }

    @AfterEach
    void tearDown() {
        sim.close();
    }

    private HttpResponse<String> send(String method, String path, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.apiBaseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(method, path, body, sim.apiKey());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String createBody(String extra) {
        return "{\"script\":\"" + SCRIPT + "\",\"target_duration\":10" + extra + "}";
    }

    private String create() throws Exception {
        HttpResponse<String> created = send("POST", "/videos", createBody(""));
        assertThat(created.statusCode()).isEqualTo(201);
        return json(created).get("job_id").asText();
    }

    private void assertError(HttpResponse<String> response, int status, String code, String message) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode error = json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo(code);
        assertThat(error.get("message").asText()).contains(message);
    }

    @Test
    void authNeedsAnActiveMaKeyAndEveryAnswerCarriesTheGatewayHeaders() throws Exception {
        HttpResponse<String> missing = send("GET", "/account", null, null);
        HttpResponse<String> wrong = send("GET", "/account", null, "ma_not_a_real_key");
        HttpResponse<String> ok = send("GET", "/account", null);

        assertThat(missing.body()).isEqualTo("{\"error\":{\"code\":\"missing_api_key\",\"message\":\"Authorization header"
                + " with Bearer token is required\",\"type\":\"authentication_error\"}}");
        assertError(wrong, 401, "invalid_api_key", "Invalid or revoked API key");
        assertThat(sim.apiKey()).startsWith("ma_").hasSize(35);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
        assertThat(ok.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(ok.headers().firstValue("X-RateLimit-Limit")).hasValue("60");
        assertThat(ok.headers().firstValue("X-RateLimit-Remaining")).hasValue("59");
        assertThat(ok.headers().firstValue("X-RateLimit-Reset"))
                .hasValue(Long.toString(AgentMediaSimulator.DEFAULT_START.getEpochSecond() + 60));
        JsonNode account = json(ok);
        assertThat(account.at("/plan/tier").asText()).isEqualTo("creator");
        assertThat(account.at("/plan/name").asText()).isEqualTo("Pro");
        assertThat(account.at("/credits/total").asLong()).isEqualTo(6900);
        assertThat(account.at("/limits/max_concurrent_jobs").asInt()).isEqualTo(5);
    }

    @Test
    void theDocumentedValidationAnswers() throws Exception {
        assertError(send("POST", "/videos", "not json"), 400, "invalid_json", "valid JSON");
        assertError(send("POST", "/videos", "{\"actor_slug\":\"emma\"}"), 400, "missing_script",
                "Either script or prompt is required");
        assertError(send("POST", "/videos", "{\"script\":\"short\"}"), 400, "validation_error", "at least 50");
        assertError(send("POST", "/videos", createBody(",\"cta\":\"" + "c".repeat(101) + "\"")), 400, "cta_too_long",
                "100 characters");
        assertError(send("POST", "/videos", "{\"script\":\"" + SCRIPT + "\",\"target_duration\":7}"), 400,
                "validation_error", "target_duration must be 5, 10, or 15");
        assertError(send("POST", "/videos", createBody(",\"tone\":\"angry\"")), 400, "validation_error",
                "tone must be one of: energetic, calm, confident, dramatic");
        assertError(send("POST", "/videos", createBody(",\"voice_speed\":2")), 400, "validation_error", "voice_speed");
        assertError(send("POST", "/videos", createBody(",\"webhook_url\":\"http://example.com\"")), 400,
                "validation_error", "HTTPS");
        assertError(send("POST", "/videos", createBody(",\"pip_options\":{\"corner\":\"x\"}")), 400,
                "validation_error", "pip_options contains unknown field: corner");
        assertError(send("POST", "/videos", createBody(",\"broll_images\":[" + "\"https://e.com/i.png\",".repeat(10)
                + "\"https://e.com/i.png\"]")), 400, "validation_error", "10 or fewer");
        assertError(send("POST", "/videos", createBody(",\"scenes\":[{\"type\":\"broll\"}]")), 400, "validation_error",
                "non-empty text");
        HttpResponse<String> tooLong = send("POST", "/videos", "{\"script\":\"" + "word ".repeat(38).trim() + "\"}");
        assertError(tooLong, 400, "script_too_long", "38 words");
        assertThat(json(tooLong).at("/error/max_words").asInt()).isEqualTo(37);
        assertError(send("POST", "/videos", "{\"script\":\"" + "x".repeat(1_048_600) + "\"}"), 413, "body_too_large", "1 MB");
        assertThat(sim.creditsTotal()).isEqualTo(6900);
    }

    @Test
    void unknownFieldsAreDroppedAndThePacingUpgradeIsReported() throws Exception {
        HttpResponse<String> created = send("POST", "/videos", "{\"script\":\"" + "video ".repeat(13).trim()
                + "\",\"target_duration\":5,\"voice\":\"alloy\",\"face_photo_url\":\"https://x\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json(created);
        assertThat(body.get("estimated_duration").asInt()).isEqualTo(10);
        assertThat(body.get("credits_deducted").asLong()).isEqualTo(300);
        assertThat(body.get("word_count").asInt()).isEqualTo(13);
        assertThat(body.get("pacing_warning").asText()).isEqualTo(
                "Script has 13 words — too many for 5s (max 12 words at 2.5 wps). Auto-upgraded to 10s for natural pacing.");
    }

    @Test
    void jobsMoveThroughTheirStatusesWithRetryAfterAndServeAValidVideo() throws Exception {
        String id = create();
        assertThat(sim.creditsTotal()).isEqualTo(6600);

        HttpResponse<String> submitted = send("GET", "/videos/" + id, null);
        assertThat(json(submitted).get("status").asText()).isEqualTo("submitted");
        assertThat(submitted.headers().firstValue("Retry-After")).hasValue("5");
        sim.advance(Duration.ofSeconds(3));
        assertThat(json(send("GET", "/videos/" + id, null)).get("status").asText()).isEqualTo("queued");
        sim.advance(Duration.ofSeconds(3));
        assertThat(json(send("GET", "/videos/" + id, null)).get("status").asText()).isEqualTo("processing");
        sim.advance(Duration.ofSeconds(45));
        HttpResponse<String> completed = send("GET", "/videos/" + id, null);

        JsonNode job = json(completed);
        assertThat(job.get("status").asText()).isEqualTo("completed");
        assertThat(completed.headers().firstValue("Retry-After")).isEmpty();
        assertThat(job.get("credit_cost").asLong()).isEqualTo(300);
        assertThat(job.get("completed_at").asText()).isEqualTo("2026-03-20T14:30:50.000Z");
        HttpResponse<byte[]> video = HTTP.send(HttpRequest.newBuilder(URI.create(job.get("output_media_url").asText()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(video.statusCode()).isEqualTo(200);
        assertThat(video.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(MediaFiles.sniff(video.body())).isEqualTo("video/mp4");
        HttpResponse<byte[]> thumbnail = HTTP.send(HttpRequest.newBuilder(URI.create(job.get("output_thumbnail_url")
                .asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(MediaFiles.sniff(thumbnail.body())).isEqualTo("image/png");
        assertThat(sim.creditsTotal()).isEqualTo(6600);
    }

    @Test
    void retryAfterIsConfigurableForAcceleratedDemos() throws Exception {
        SimClock clock = SimClock.accelerated(60);
        sim.close();
        sim = new AgentMediaSimulator(clock).start();
        sim.retryAfter(clock.toReal(Duration.ofSeconds(5)));
        String id = create();

        assertThat(send("GET", "/videos/" + id, null).headers().firstValue("Retry-After")).hasValue("0.083");
    }

    @Test
    void failedJobsAndCancelledJobsAreRefunded() throws Exception {
        sim.failAllJobs(true);
        String failing = create();
        sim.failAllJobs(false);
        String cancelled = create();
        assertThat(sim.creditsTotal()).isEqualTo(6300);

        HttpResponse<String> cancel = send("POST", "/videos/" + cancelled + "/cancel", null);
        assertThat(cancel.body()).isEqualTo("{\"canceled\":true,\"jobId\":\"" + cancelled
                + "\",\"credits_refunded\":300,\"refund_pending\":false}");
        assertError(send("POST", "/videos/" + cancelled + "/cancel", null), 400, "cannot_cancel", "Job is already canceled");
        sim.advance(Duration.ofMinutes(1));

        JsonNode failed = json(send("GET", "/videos/" + failing, null));
        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("error_code").asText()).isEqualTo("RENDER_FAILED");
        assertThat(json(send("GET", "/videos/" + cancelled, null)).get("error_code").asText()).isEqualTo("USER_CANCELED");
        assertThat(sim.creditsTotal()).isEqualTo(6900);
        assertError(send("GET", "/videos/nope", null), 404, "job_not_found", "Job not found");
    }

    @Test
    void planLimitsAndTheConcurrencyGate() throws Exception {
        sim.plan("starter");
        assertError(send("POST", "/videos", "{\"script\":\"" + SCRIPT + "\",\"target_duration\":15}"), 403, "plan_limit",
                "plan limit of 10s");
        create();
        create();
        create();

        HttpResponse<String> gate = send("POST", "/videos", createBody(""));

        assertThat(gate.statusCode()).isEqualTo(429);
        JsonNode error = json(gate).get("error");
        assertThat(error.get("code").asText()).isEqualTo("TOO_MANY_ACTIVE_VIDEOS");
        assertThat(error.has("type")).isFalse();
        assertThat(error.at("/details/active").asInt()).isEqualTo(3);
        assertThat(error.at("/details/limit").asInt()).isEqualTo(3);
        sim.credits(10, 0);
        sim.advance(Duration.ofMinutes(1));
        HttpResponse<String> broke = send("POST", "/videos", createBody(""));
        assertError(broke, 402, "insufficient_credits", "costs 300 credits");
        assertThat(json(broke).at("/error/credits_available").asLong()).isEqualTo(10);
    }

    @Test
    void rateLimitsAnswer429WithRetryAfterUntilTheWindowResets() throws Exception {
        sim.rateLimits(60, 2);
        send("GET", "/account", null);
        send("GET", "/actors", null);
        sim.advance(Duration.ofSeconds(20));

        HttpResponse<String> limited = send("GET", "/account", null);

        assertError(limited, 429, "rate_limit_exceeded", "Try again in 40 seconds");
        assertThat(json(limited).at("/error/type").asText()).isEqualTo("rate_limit_error");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("40");
        assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(send("POST", "/videos", createBody("")).statusCode()).isEqualTo(201);
        sim.advance(Duration.ofSeconds(40));
        assertThat(send("GET", "/account", null).statusCode()).isEqualTo(200);

        sim.rateLimitNext(1, "/api/v1/actors", Duration.ofSeconds(7));
        HttpResponse<String> injected = send("GET", "/actors", null);
        assertError(injected, 429, "rate_limit_exceeded", "7 seconds");
        assertThat(injected.headers().firstValue("Retry-After")).hasValue("7");
    }

    @Test
    void listingFiltersSortsAndPages() throws Exception {
        String first = create();
        sim.advance(Duration.ofSeconds(1));
        String second = create();
        sim.advance(Duration.ofSeconds(1));
        String third = create();
        send("DELETE", "/videos/" + second, null);

        JsonNode newest = json(send("GET", "/videos?limit=1", null));
        JsonNode oldest = json(send("GET", "/videos?sort=oldest&offset=1&limit=5", null));

        assertThat(newest.get("total").asInt()).isEqualTo(2);
        assertThat(newest.get("jobs").get(0).get("id").asText()).isEqualTo(third);
        assertThat(oldest.get("jobs")).hasSize(1);
        assertThat(oldest.get("jobs").get(0).get("id").asText()).isEqualTo(third);
        assertThat(json(send("GET", "/videos?status=queued", null)).get("total").asInt()).isEqualTo(1);
        assertThat(json(send("GET", "/videos?status=queued", null)).get("jobs").get(0).get("id").asText()).isEqualTo(first);
        assertError(send("GET", "/videos/" + second, null), 404, "job_not_found", "Job not found");
        assertError(send("GET", "/videos?limit=ten", null), 400, "validation_error", "limit must be a number");
    }

    @Test
    void actorsFilterAndAMissSuggestsSlugs() throws Exception {
        JsonNode male = json(send("GET", "/actors?gender=male&age_range=26-35", null));
        HttpResponse<String> miss = send("GET", "/actors/emmy", null);

        assertThat(male.get("total").asInt()).isEqualTo(2);
        male.get("actors").forEach(a -> assertThat(a.get("gender").asText()).isEqualTo("male"));
        assertError(miss, 404, "not_found", "Actor 'emmy' not found. Did you mean: emma, emily?");
        JsonNode emma = json(send("GET", "/actors/emma", null)).get("actor");
        HttpResponse<byte[]> portrait = HTTP.send(HttpRequest.newBuilder(URI.create(emma.get("portrait_url").asText()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(MediaFiles.sniff(portrait.body())).isEqualTo("image/png");
    }

    @Test
    void keysAreShownOnceListedAndRevocable() throws Exception {
        HttpResponse<String> created = send("POST", "/account/keys", "{\"name\":\"CI\"}");
        JsonNode key = json(created);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(key.get("key").asText()).startsWith("ma_").hasSize(35);
        assertThat(key.get("key_prefix").asText()).isEqualTo(key.get("key").asText().substring(0, 11));
        assertThat(send("GET", "/account", null, key.get("key").asText()).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/account/keys", null).body()).doesNotContain(key.get("key").asText()).contains("\"CI\"");
        assertThat(json(send("DELETE", "/account/keys/" + key.get("id").asText(), null)).get("revoked").asBoolean()).isTrue();
        assertError(send("GET", "/account", null, key.get("key").asText()), 401, "invalid_api_key", "revoked");
        for (int i = 0; i < 24; i++) {
            assertThat(send("POST", "/account/keys", null).statusCode()).isEqualTo(201);
        }
        assertError(send("POST", "/account/keys", "{}"), 400, "max_keys", "25");
        assertError(send("POST", "/account/keys", "{\"name\":\"" + "n".repeat(101) + "\"}"), 400, "validation_error", "100");
    }

    @Test
    void usageCountsJobsAndHonoursThePeriod() throws Exception {
        create();
        sim.advance(Duration.ofMinutes(1));

        JsonNode usage = json(send("GET", "/account/usage?period=7d", null));

        assertThat(usage.get("period").asText()).isEqualTo("7d");
        assertThat(usage.at("/summary/total_jobs").asInt()).isEqualTo(1);
        assertThat(usage.at("/summary/completed_jobs").asInt()).isEqualTo(1);
        assertThat(usage.at("/summary/credits_used").asLong()).isEqualTo(300);
        assertThat(usage.at("/daily/0/date").asText()).isEqualTo("2026-03-20");
        assertThat(usage.at("/by_operation/0/operation").asText()).isEqualTo("ugc_video");
        assertError(send("GET", "/account/usage?period=1y", null), 400, "validation_error", "7d, 30d, 90d");
    }

    @Test
    void terminalJobsAreDeliveredAsSignedWebhooks() throws Exception {
        receiver.enqueue(new MockResponse.Builder().code(200).build());
        sim.webhookUrl(receiver.url("/hooks/agentmedia").toString());
        String id = create();

        sim.advance(Duration.ofSeconds(50));

        RecordedRequest delivery = receiver.takeRequest(10, TimeUnit.SECONDS);
        assertThat(delivery).isNotNull();
        String body = delivery.getBody().utf8();
        assertThat(delivery.getHeaders().get("User-Agent")).isEqualTo("agent-media-webhook/1.0");
        assertThat(delivery.getHeaders().get("X-AgentMedia-Event")).isEqualTo("job.completed");
        assertThat(delivery.getHeaders().get("X-AgentMedia-Job-Id")).isEqualTo(id);
        assertThat(delivery.getHeaders().get("X-AgentMedia-Attempt")).isEqualTo("1");
        long t = AgentMediaSimulator.DEFAULT_START.getEpochSecond() + 50;
        assertThat(delivery.getHeaders().get("X-AgentMedia-Signature"))
                .isEqualTo("t=" + t + ",v1=" + hmac(sim.webhookSecret(), t + "." + body));
        JsonNode event = JSON.readTree(body);
        assertThat(event.get("event").asText()).isEqualTo("job.completed");
        assertThat(event.get("job_id").asText()).isEqualTo(id);
        assertThat(event.get("status").asText()).isEqualTo("completed");
        assertThat(event.get("credits_deducted").asLong()).isEqualTo(300);
        assertThat(event.get("video_url").asText()).isEqualTo(sim.url("/r2/videos/" + id + ".mp4"));
        assertThat(sim.webhookSecret()).matches("[0-9a-f]{64}");
    }

    @Test
    void withoutASecretNoWebhookIsSent() throws Exception {
        sim.webhookUrl(receiver.url("/hooks").toString()).webhookSecret(null);
        create();

        sim.advance(Duration.ofMinutes(1));

        assertThat(sim.webhookAttempts()).isEmpty();
        assertThat(receiver.getRequestCount()).isZero();
    }

    private static String hmac(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        StringBuilder hex = new StringBuilder();
        for (byte b : mac.doFinal(message.getBytes(StandardCharsets.UTF_8))) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }
}
