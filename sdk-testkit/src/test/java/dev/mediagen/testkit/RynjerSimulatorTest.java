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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Rynjer simulator on the wire: auth, envelope, pricing, idempotency, progression, files. */
class RynjerSimulatorTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final RynjerSimulator sim = new RynjerSimulator().start();

    @AfterEach
    void tearDown() {
        sim.close();
    }

    private HttpResponse<byte[]> send(String method, String path, String token, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode call(String method, String path, String body) throws IOException, InterruptedException {
        return MAPPER.readTree(send(method, path, RynjerSimulator.API_KEY, body).body());
    }

    @Test
    void requestsWithoutAValidBearerGetA401Envelope() throws Exception {
        HttpResponse<byte[]> none = send("GET", "/v1/credits/balance", null, null);
        HttpResponse<byte[]> wrong = send("GET", "/v1/credits/balance", "nope", null);

        assertThat(none.statusCode()).isEqualTo(401);
        JsonNode body = MAPPER.readTree(none.body());
        assertThat(body.path("code").asInt()).isEqualTo(401);
        assertThat(body.path("data").path("error").asText()).isEqualTo("unauthorized");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(MAPPER.readTree(wrong.body()).path("data").path("error").asText()).isEqualTo("invalid_token");
        assertThat(sim.unauthorizedCount()).isEqualTo(2);
    }

    @Test
    void theMoltbookExchangeIssuesA15MinuteTokenThatExpiresOnTheSimulatorsClock() throws Exception {
        JsonNode exchanged = MAPPER.readTree(send("POST", "/auth/moltbook/exchange", null,
                "{\"identity_token\":\"" + RynjerSimulator.MOLTBOOK_IDENTITY + "\"}").body());
        JsonNode viaHeader = MAPPER.readTree(send("POST", "/auth/moltbook/exchange", null, "{}",
                "X-Moltbook-Identity", RynjerSimulator.MOLTBOOK_IDENTITY).body());

        JsonNode data = exchanged.path("data");
        assertThat(exchanged.path("code").asInt()).isZero();
        assertThat(data.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(data.path("expires_in").asLong()).isEqualTo(900);
        assertThat(data.path("expires_at").asText()).isEqualTo("2026-02-02T00:15:00Z");
        assertThat(viaHeader.path("data").path("access_token").asText()).isNotEqualTo(data.path("access_token").asText());
        String token = data.path("access_token").asText();
        assertThat(send("GET", "/v1/credits/balance", token, null).statusCode()).isEqualTo(200);

        sim.advance(Duration.ofMinutes(15));

        HttpResponse<byte[]> expired = send("GET", "/v1/credits/balance", token, null);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(MAPPER.readTree(expired.body()).path("data").path("error").asText()).isEqualTo("token_expired");
        assertThat(sim.exchangeCount()).isEqualTo(2);
    }

    @Test
    void theExchangeRejectsMissingAndUnknownIdentities() throws Exception {
        HttpResponse<byte[]> missing = send("POST", "/auth/moltbook/exchange", null, "{\"token\":\"x\"}");
        HttpResponse<byte[]> unknown = send("POST", "/auth/moltbook/exchange", null, "{\"identity_token\":\"stranger\"}");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(missing.body()).path("data").path("error").asText()).isEqualTo("missing_identity_token");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(MAPPER.readTree(unknown.body()).path("data").path("error").asText()).isEqualTo("invalid_identity_token");
        assertThat(sim.exchangeCount()).isZero();
    }

    @Test
    void generateChargesThePriceTableAndARepeatedRequestIdChargesNothing() throws Exception {
        String body = "{\"request_id\":\"r-1\",\"model\":\"nano-banana-pro\",\"prompt\":\"p\","
                + "\"units\":{\"count\":2,\"resolution\":\"4K\"}}";

        JsonNode first = call("POST", "/v1/generate", body);
        JsonNode repeat = call("POST", "/v1/generate", body);

        assertThat(first.path("code").asInt()).isZero();
        assertThat(first.path("message").asText()).isEqualTo("ok");
        assertThat(first.path("data").path("status").asText()).isEqualTo("pending");
        assertThat(first.path("data").path("task_id").asText()).startsWith("task_");
        assertThat(first.path("data").path("provider_task_id").asText()).isNotBlank();
        assertThat(first.path("data").path("usage_event_id").asText()).isNotBlank();
        assertThat(repeat.path("data")).isEqualTo(first.path("data"));
        assertThat(sim.chargedCredits()).isEqualTo(80);
        assertThat(sim.balance()).isEqualTo(RynjerSimulator.INITIAL_BALANCE - 80);
        assertThat(sim.generationCount()).isEqualTo(1);
    }

    @Test
    void insufficientCreditsUseTheSeedsInEnvelopeShape() throws Exception {
        sim.balance(10);

        HttpResponse<byte[]> response = send("POST", "/v1/generate", RynjerSimulator.API_KEY,
                "{\"request_id\":\"r-2\",\"model\":\"veo3_fast\",\"prompt\":\"p\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(MAPPER.readTree(response.body())).isEqualTo(MAPPER.readTree("{\"code\":0,\"message\":\"ok\","
                + "\"data\":{\"error\":\"insufficient_credits\",\"required\":50,\"available\":10,"
                + "\"suggestion\":\"Use a cheaper model or ask the owner to top up.\"}}"));
        assertThat(sim.generationCount()).isZero();
    }

    @Test
    void generationsProgressOnTheClockAndServeRealPngs() throws Exception {
        call("POST", "/v1/generate", "{\"request_id\":\"r-3\",\"model\":\"z-image\",\"prompt\":\"p\",\"units\":{\"count\":2}}");

        assertThat(call("GET", "/v1/generate/r-3", null).path("data").path("status").asText()).isEqualTo("pending");
        sim.advance(Duration.ofSeconds(5));
        JsonNode processing = call("GET", "/v1/generate/r-3", null).path("data");
        assertThat(processing.path("status").asText()).isEqualTo("processing");
        assertThat(processing.has("outputs")).isFalse();
        sim.advance(Duration.ofSeconds(15));
        JsonNode done = call("GET", "/v1/generate/r-3", null).path("data");

        assertThat(done.path("status").asText()).isEqualTo("success");
        assertThat(sim.statusOf("r-3")).hasValue("success");
        assertThat(sim.statusOf("unknown")).isEmpty();
        assertThat(done.path("request_id").asText()).isEqualTo("r-3");
        assertThat(done.path("outputs")).hasSize(2);
        assertThat(done.path("outputs").get(0).path("type").asText()).isEqualTo("image");
        HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(URI.create(done.path("outputs").get(1).path("url").asText()))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(MediaFiles.sniff(png.body())).isEqualTo("image/png");
    }

    @Test
    void failAllJobsEndsGenerationsFailedWithAnError() throws Exception {
        sim.failAllJobs(true);
        call("POST", "/v1/generate", "{\"request_id\":\"r-4\",\"model\":\"V5\",\"prompt\":\"lofi\"}");
        sim.advance(Duration.ofMinutes(1));

        JsonNode data = call("GET", "/v1/generate/r-4", null).path("data");

        assertThat(data.path("status").asText()).isEqualTo("failed");
        assertThat(data.path("error").asText()).isEqualTo("generation_failed");
        assertThat(data.has("outputs")).isFalse();
    }

    @Test
    void invalidGenerateRequestsGet400WithTheReason() throws Exception {
        HttpResponse<byte[]> noId = send("POST", "/v1/generate", RynjerSimulator.API_KEY, "{\"model\":\"z-image\",\"prompt\":\"p\"}");
        HttpResponse<byte[]> badCount = send("POST", "/v1/generate", RynjerSimulator.API_KEY,
                "{\"request_id\":\"x\",\"model\":\"z-image\",\"prompt\":\"p\",\"units\":{\"count\":3}}");
        HttpResponse<byte[]> unknown = send("POST", "/v1/generate", RynjerSimulator.API_KEY,
                "{\"request_id\":\"y\",\"model\":\"nope\",\"prompt\":\"p\"}");

        assertThat(noId.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(noId.body()).path("data").path("message").asText()).contains("request_id");
        assertThat(badCount.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(unknown.body()).path("data").path("error").asText()).isEqualTo("unknown_model");
        assertThat(sim.chargedCredits()).isZero();
    }

    @Test
    void estimateAcceptsTheDocumentedAndTheObservedShapes() throws Exception {
        JsonNode documented = call("POST", "/v1/credits/estimate", "{\"product\":\"image\",\"model\":\"nano-banana-pro\","
                + "\"units\":{\"count\":1,\"resolution\":\"1K\"},\"price_version\":\"2026-02-02-v1\"}").path("data");
        JsonNode observed = call("POST", "/v1/credits/estimate", "{\"model\":\"wan-2.6\",\"units\":2,"
                + "\"options\":{\"resolution\":\"1080p\"}}").path("data");

        assertThat(documented.path("estimated_credits").asLong()).isEqualTo(20);
        assertThat(documented.path("price_version").asText()).isEqualTo("2026-02-02-v1");
        assertThat(documented.path("breakdown").path("mediaType").asText()).isEqualTo("image");
        assertThat(observed.path("estimated_credits").asLong()).isEqualTo(600);
    }

    @Test
    void rateLimitedAnswersCarryRetryAfterAndTheEnvelope() throws Exception {
        sim.rateLimitNext(1, "/v1/models/list", Duration.ofSeconds(7));

        HttpResponse<byte[]> limited = send("GET", "/v1/models/list", RynjerSimulator.API_KEY, null);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(MAPPER.readTree(limited.body()).path("data").path("error").asText()).isEqualTo("rate_limited");
        assertThat(call("GET", "/v1/models/list", null).path("data").path("models")).hasSize(20);
    }
}
