package dev.mediagen.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The VAP simulator over plain HTTP: VAP's shapes, codes, headers, ledger and statuses over time. */
@ExtendWith(SimulatorExtension.class)
class VapSimulatorTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpResponse<byte[]> send(VapSimulator sim, String method, String path, String key, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sim.url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static String image(String key) {
        return "{\"type\":\"image_generation\",\"idempotency_key\":\"" + key + "\",\"params\":{\"description\":\"A lake\","
                + "\"aspect_ratio\":\"16:9\"}}";
    }

    @Test
    void registrationIssuesAVapKeyShownOnce(VapSimulator sim) throws Exception {
        HttpResponse<byte[]> created = send(sim, "POST", "/v3/agents", null, "{\"name\":\"my-first-agent\"}");
        HttpResponse<byte[]> nameless = send(sim, "POST", "/v3/agents", null, "{}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json(created);
        assertThat(body.path("api_key").asText()).startsWith("vap_");
        assertThat(body.path("agent_id").asText()).matches("[0-9a-f-]{36}");
        assertThat(body.path("message").asText()).contains("won't be shown again");
        assertThat(nameless.statusCode()).isEqualTo(422);
        assertThat(json(nameless).path("error").path("code").asText()).isEqualTo("validation_error");
    }

    @Test
    void bearerAuthIsRequiredWithVapsErrorShape(VapSimulator sim) throws Exception {
        HttpResponse<byte[]> missing = send(sim, "GET", "/v3/agents/me/balance", null, null);
        HttpResponse<byte[]> wrong = send(sim, "GET", "/v3/agents/me/balance", "vap_nope", null);
        HttpResponse<byte[]> unknownRoute = send(sim, "GET", "/v3/nothing", null, null);

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(json(missing).path("error").path("code").asText()).isEqualTo("invalid_api_key");
        assertThat(missing.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknownRoute.statusCode()).isEqualTo(404);
        assertThat(json(unknownRoute).path("detail").asText()).isEqualTo("Not Found");
    }

    @Test
    void depositsUnlockTierOneOnceConfirmed(VapSimulator sim) throws Exception {
        String key = sim.registerAgent("a");
        HttpResponse<byte[]> refused = send(sim, "POST", "/v3/tasks", key, image("k0"));
        JsonNode deposit = json(send(sim, "POST", "/v3/deposits/init", key, "{\"amount\":5.00,\"provider\":\"manual\"}"));
        JsonNode crypto = json(send(sim, "POST", "/v3/deposits/init", key, "{\"amount\":2,\"provider\":\"crypto\"}"));
        HttpResponse<byte[]> tooSmall = send(sim, "POST", "/v3/deposits/init", key, "{\"amount\":0.5,\"provider\":\"card\"}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).path("error").path("code").asText()).isEqualTo("tier_limit_exceeded");
        assertThat(deposit.path("status").asText()).isEqualTo("awaiting");
        assertThat(deposit.path("amount").asText()).isEqualTo("5.0000");
        assertThat(deposit.path("currency").asText()).isEqualTo("USD");
        assertThat(deposit.path("payment_reference").asText()).matches("DEP-[0-9A-F]{8}");
        assertThat(deposit.path("payment_address").isNull()).isTrue();
        assertThat(deposit.path("payment_url").isNull()).isTrue();
        assertThat(deposit.path("expires_at").asText()).endsWith("+00:00");
        assertThat(crypto.path("payment_address").asText()).startsWith("0x");
        assertThat(tooSmall.statusCode()).isEqualTo(400);
        assertThat(sim.tier(key)).isZero();

        assertThat(sim.confirmDeposit(deposit.path("deposit_id").asText())).isTrue();
        assertThat(sim.confirmDeposit(deposit.path("deposit_id").asText())).isFalse();

        JsonNode balance = json(send(sim, "GET", "/v3/agents/me/balance", key, null));
        assertThat(balance.path("available_balance").asText()).isEqualTo("5.0000");
        assertThat(balance.path("tier").asInt()).isEqualTo(1);
        assertThat(balance.path("tier_name").asText()).isEqualTo("DEPOSITED");
    }

    @Test
    void autoConfirmedDepositsCreditAtOnce(VapSimulator sim) throws Exception {
        sim.autoConfirmDeposits(true);
        String key = sim.registerAgent("a");

        send(sim, "POST", "/v3/deposits/init", key, "{\"amount\":3,\"provider\":\"card\"}");

        assertThat(sim.availableBalance(key)).isEqualByComparingTo("3");
        assertThat(sim.tier(key)).isEqualTo(1);
        assertThat(sim.depositIds()).hasSize(1);
    }

    @Test
    void aTaskMovesThroughVapsStatusesReservesThenBurns(VapSimulator sim) throws Exception {
        sim.startAgentsAt(1, new BigDecimal("5.00"));
        String key = sim.registerAgent("a");

        HttpResponse<byte[]> created = send(sim, "POST", "/v3/tasks", key, image("k1"));
        JsonNode accepted = json(created);
        String id = accepted.path("task_id").asText();
        String path = "/v3/tasks/" + id;

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(accepted.path("status").asText()).isEqualTo("pending");
        assertThat(accepted.path("estimated_cost").asText()).isEqualTo("0.1800");
        assertThat(accepted.path("reserved_amount").asText()).isEqualTo("0.1800");
        assertThat(accepted.path("message").asText()).isEqualTo("Task accepted, balance reserved");
        assertThat(sim.reservedBalance(key)).isEqualByComparingTo("0.18");
        assertThat(json(send(sim, "GET", path, key, null)).path("status").asText()).isEqualTo("pending");
        sim.advance(Duration.ofMillis(1500));
        assertThat(json(send(sim, "GET", path, key, null)).path("status").asText()).isEqualTo("queued");
        sim.advance(Duration.ofSeconds(3));
        assertThat(json(send(sim, "GET", path, key, null)).path("status").asText()).isEqualTo("executing");
        sim.advance(Duration.ofSeconds(4));
        JsonNode processing = json(send(sim, "GET", path, key, null));
        assertThat(processing.path("status").asText()).isEqualTo("processing");
        assertThat(processing.path("result").isNull()).isTrue();
        assertThat(send(sim, "GET", "/media/" + id + "/output.png", null, null).statusCode()).isEqualTo(404);

        sim.advance(Duration.ofSeconds(10));
        JsonNode done = json(send(sim, "GET", path, key, null));
        assertThat(done.path("status").asText()).isEqualTo("completed");
        assertThat(done.path("actual_cost").asText()).isEqualTo("0.1800");
        assertThat(done.path("created_at").asText()).isEqualTo("2026-02-06T11:45:00.000000");
        assertThat(done.path("completed_at").asText()).isEqualTo("2026-02-06T11:45:15.000000");
        assertThat(done.path("status_message").asText()).isEqualTo("Image generated successfully");
        String url = done.path("result").path("image_url").asText();
        assertThat(done.path("result").path("output_url").asText()).isEqualTo(url);
        HttpResponse<byte[]> png = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(png.body())).getWidth()).isEqualTo(113);
        assertThat(sim.availableBalance(key)).isEqualByComparingTo("4.82");
        assertThat(sim.reservedBalance(key)).isEqualByComparingTo("0");
    }

    @Test
    void failedTasksAreRefundedAndReportTheirError(VapSimulator sim) throws Exception {
        sim.startAgentsAt(1, new BigDecimal("5.00")).failureRate(1.0);
        String key = sim.registerAgent("a");
        String id = json(send(sim, "POST", "/v3/tasks", key, image("k2"))).path("task_id").asText();

        sim.advance(Duration.ofMinutes(1));
        JsonNode failed = json(send(sim, "GET", "/v3/tasks/" + id, key, null));

        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("error_message").asText()).isNotBlank();
        assertThat(failed.path("result").isNull()).isTrue();
        assertThat(sim.availableBalance(key)).isEqualByComparingTo("5.00");
        assertThat(sim.reservedBalance(key)).isEqualByComparingTo("0");
    }

    @Test
    void aReusedIdempotencyKeyIsA409NamingTheTask(VapSimulator sim) throws Exception {
        sim.startAgentsAt(1, new BigDecimal("5.00"));
        String key = sim.registerAgent("a");
        String id = json(send(sim, "POST", "/v3/tasks", key, image("same"))).path("task_id").asText();

        HttpResponse<byte[]> replay = send(sim, "POST", "/v3/tasks", key, image("same"));

        assertThat(replay.statusCode()).isEqualTo(409);
        JsonNode error = json(replay).path("error");
        assertThat(error.path("code").asText()).isEqualTo("duplicate_idempotency_key");
        assertThat(error.path("details").path("task_id").asText()).isEqualTo(id);
        assertThat(sim.taskCount()).isEqualTo(1);
        assertThat(sim.reservedBalance(key)).isEqualByComparingTo("0.18");
    }

    @Test
    void inputIsValidatedWithVapsCodes(VapSimulator sim) throws Exception {
        sim.startAgentsAt(2, new BigDecimal("50"));
        String key = sim.registerAgent("a");

        HttpResponse<byte[]> badType = send(sim, "POST", "/v3/tasks", key, "{\"type\":\"poem\",\"params\":{}}");
        HttpResponse<byte[]> noDescription = send(sim, "POST", "/v3/tasks", key,
                "{\"type\":\"image\",\"params\":{\"description\":\"\"}}");
        HttpResponse<byte[]> badDuration = send(sim, "POST", "/v3/tasks", key,
                "{\"type\":\"video_generation\",\"params\":{\"description\":\"d\",\"duration\":5}}");
        HttpResponse<byte[]> badLimit = send(sim, "GET", "/v3/tasks?limit=0", key, null);
        HttpResponse<byte[]> badScale = send(sim, "POST", "/v3/operations", key,
                "{\"operation\":\"upscale\",\"media_url\":\"https://e.com/a.png\",\"options\":{\"scale\":3}}");

        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(json(badType).path("error").path("code").asText()).isEqualTo("invalid_task_type");
        assertThat(json(noDescription).path("error").path("code").asText()).isEqualTo("invalid_description");
        assertThat(badDuration.statusCode()).isEqualTo(422);
        assertThat(badLimit.statusCode()).isEqualTo(422);
        assertThat(json(badLimit).path("detail").path(0).path("loc").path(1).asText()).isEqualTo("limit");
        assertThat(badScale.statusCode()).isEqualTo(422);
        assertThat(sim.taskCount()).isZero();
        assertThat(sim.operationCount()).isZero();
    }

    @Test
    void rateLimitsUseVapsHeadersAndBody(VapSimulator sim) throws Exception {
        String key = sim.registerAgent("a");
        sim.rateLimitNext(1, "/v3/agents/me/balance", Duration.ofSeconds(30));

        HttpResponse<byte[]> limited = send(sim, "GET", "/v3/agents/me/balance", key, null);
        HttpResponse<byte[]> ok = send(sim, "GET", "/v3/agents/me/balance", key, null);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("30");
        assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).contains("0");
        assertThat(json(limited).path("error").path("code").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(json(limited).path("error").path("details").path("retry_after").asInt()).isEqualTo(30);
        assertThat(ok.headers().firstValue("X-RateLimit-Limit")).contains("10");
        assertThat(ok.headers().firstValue("X-RateLimit-Remaining")).contains("9");
        assertThat(Long.parseLong(ok.headers().firstValue("X-RateLimit-Reset").orElseThrow()))
                .isEqualTo(VapSimulator.DEFAULT_START.plusSeconds(60).getEpochSecond());
    }

    @Test
    void theTierLimitPerMinuteIsEnforced(VapSimulator sim) throws Exception {
        String key = sim.registerAgent("a");
        for (int i = 0; i < 10; i++) {
            assertThat(send(sim, "GET", "/v3/agents/me/balance", key, null).statusCode()).isEqualTo(200);
        }
        HttpResponse<byte[]> eleventh = send(sim, "GET", "/v3/agents/me/balance", key, null);
        sim.advance(Duration.ofMinutes(1));
        HttpResponse<byte[]> later = send(sim, "GET", "/v3/agents/me/balance", key, null);

        assertThat(eleventh.statusCode()).isEqualTo(429);
        assertThat(eleventh.headers().firstValue("Retry-After")).contains("60");
        assertThat(later.statusCode()).isEqualTo(200);
    }

    @Test
    void a2aAndMcpSpeakTheirProtocols(VapSimulator sim) throws Exception {
        sim.startAgentsAt(1, new BigDecimal("5.00"));
        String key = sim.registerAgent("a");

        JsonNode a2a = json(send(sim, "POST", "/a2a", key, "{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"method\":\"message/send\","
                + "\"params\":{\"message\":{\"role\":\"user\",\"parts\":[{\"kind\":\"skill-request\",\"skillId\":"
                + "\"execute-media-task\",\"input\":{\"task_type\":\"image_generation\",\"prompt\":\"sunset\"}}]}}}"));
        JsonNode wrongMethod = json(send(sim, "POST", "/a2a", key,
                "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tasks/cancel\",\"params\":{}}"));
        JsonNode mcp = json(send(sim, "POST", "/mcp/tools/call", key,
                "{\"name\":\"generate_image\",\"arguments\":{\"prompt\":\"sunset\",\"aspect_ratio\":\"16:9\"}}"));
        JsonNode unknownTool = json(send(sim, "POST", "/mcp/tools/call", key, "{\"name\":\"teleport\",\"arguments\":{}}"));

        assertThat(a2a.path("id").asText()).isEqualTo("1");
        assertThat(a2a.path("result").path("kind").asText()).isEqualTo("task");
        assertThat(a2a.path("result").path("status").path("state").asText()).isEqualTo("submitted");
        assertThat(wrongMethod.path("error").path("code").asInt()).isEqualTo(-32601);
        assertThat(wrongMethod.path("id").asInt()).isEqualTo(7);
        assertThat(mcp.path("content").path(0).path("text").asText()).startsWith("Task created.");
        assertThat(mcp.has("isError")).isFalse();
        assertThat(unknownTool.path("isError").asBoolean()).isTrue();
        assertThat(sim.taskCount()).isEqualTo(2);
    }
}
