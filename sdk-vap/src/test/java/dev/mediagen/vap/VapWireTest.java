package dev.mediagen.vap;

import static dev.mediagen.vap.Fixtures.API_KEY;
import static dev.mediagen.vap.Fixtures.assertRequest;
import static dev.mediagen.vap.Fixtures.fixture;
import static dev.mediagen.vap.Fixtures.json;
import static dev.mediagen.vap.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mediagen.core.Page;
import dev.mediagen.core.RawResponse;
import dev.mediagen.core.RequestOptions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every endpoint on the wire: method, path, headers and exact JSON body (the seed's examples), and what came back. */
class VapWireTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private VapClient client;

    @BeforeEach
    void setUp() {
        client = VapClient.builder().baseUrl(server.url("/").toString()).apiKey(API_KEY).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void registerSendsTheNameWithoutAuthAndReturnsTheOneTimeKey() throws Exception {
        server.enqueue(Fixtures.jsonResponse(201, Fixtures.text("register-response.json")));
        try (VapClient anonymous = VapClient.builder().baseUrl(server.url("/").toString()).build()) {
            AgentRegistration agent = anonymous.agents().register("my-first-agent");

            assertRequest(server.takeRequest(), "POST", "/v3/agents", false, fixture("register-request.json"));
            assertThat(agent.agentId()).isEqualTo("550e8400-e29b-41d4-a716-446655440000");
            assertThat(agent.name()).contains("my-first-agent");
            assertThat(agent.apiKey()).isEqualTo("vap_1a2b3c4d5e6f7g8h9i0j...");
            assertThat(agent.message().orElseThrow()).startsWith("Agent created.");
            assertThat(agent.toString()).doesNotContain("vap_1a2b").contains("[redacted]");
        }
    }

    @Test
    void registerIsNotAuthenticatedEvenWhenTheClientHasAKey() throws Exception {
        server.enqueue(Fixtures.jsonResponse(201, Fixtures.text("register-response.json")));
        client.agents().registerAsync("my-first-agent").get();
        assertRequest(server.takeRequest(), "POST", "/v3/agents", false, fixture("register-request.json"));
    }

    @Test
    void balanceReadsDecimalStringsAndTier() throws Exception {
        server.enqueue(ok("balance-response.json"));

        Balance balance = client.agents().balance();

        assertRequest(server.takeRequest(), "GET", "/v3/agents/me/balance", true, null);
        assertThat(balance.available()).isEqualByComparingTo("4.82");
        assertThat(balance.available().scale()).isEqualTo(4);
        assertThat(balance.reserved()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(balance.usable()).isEqualTo(new BigDecimal("4.8200"));
        assertThat(balance.currency()).isEqualTo("USD");
        assertThat(balance.tier()).isEqualTo(1);
        assertThat(balance.tierName()).contains("DEPOSITED");
        assertThat(balance.agentId()).contains("550e8400-e29b-41d4-a716-446655440000");
    }

    @Test
    void oauthLinkPutsTheClientIdAndGetReadsTheLink() throws Exception {
        server.enqueue(Fixtures.jsonResponse(200,
                "{\"agent_id\":\"a1\",\"oauth_client_id\":\"m2m_your_client_id\",\"linked\":true,\"scopes\":[\"mcp\"]}"));
        server.enqueue(Fixtures.jsonResponse(200, "{\"oauth_client_id\":\"m2m_your_client_id\"}"));

        OAuthLink linked = client.agents().linkOAuth("m2m_your_client_id");
        OAuthLink read = client.agents().oauthLinkAsync().get();

        assertRequest(server.takeRequest(), "PUT", "/v3/agents/me/oauth", true, fixture("oauth-request.json"));
        assertRequest(server.takeRequest(), "GET", "/v3/agents/me/oauth", true, null);
        assertThat(linked.isLinked()).isTrue();
        assertThat(linked.oauthClientId()).contains("m2m_your_client_id");
        assertThat(linked.otherFields()).containsEntry("scopes", List.of("mcp"));
        assertThat(read.isLinked()).isTrue();
    }

    @Test
    void depositInitSendsAmountAndProviderAndReadsTheInstructions() throws Exception {
        server.enqueue(ok("deposit-response.json"));

        Deposit deposit = client.deposits().init(DepositParams.of(new BigDecimal("5.00"), DepositProvider.MANUAL));

        RecordedRequest request = server.takeRequest();
        assertRequest(request, "POST", "/v3/deposits/init", true, fixture("deposit-request.json"));
        assertThat(request.getBody().utf8()).contains("\"amount\":5.00");
        assertThat(deposit.id()).isEqualTo("8e76a91e-a062-4a01-a39a-89bfec672514");
        assertThat(deposit.status()).contains(DepositStatus.AWAITING);
        assertThat(deposit.provider()).contains(DepositProvider.MANUAL);
        assertThat(deposit.amount()).contains(new BigDecimal("5.0000"));
        assertThat(deposit.paymentReference()).contains("DEP-8E76A91E");
        assertThat(deposit.paymentAddress()).isEmpty();
        assertThat(deposit.paymentUrl()).isEmpty();
        assertThat(deposit.instructions().orElseThrow()).contains("DEP-8E76A91E");
        assertThat(deposit.expiresAt()).contains(Instant.parse("2026-02-14T18:08:01.209332Z"));
    }

    @Test
    void imageTaskCarriesTheCallersIdempotencyKeyInTheBody() throws Exception {
        server.enqueue(Fixtures.jsonResponse(201, Fixtures.text("task-created-response.json")));

        Task task = client.tasks().create(TaskRequest.of(ImageParams.builder()
                        .description("A mountain landscape at sunset").aspectRatio(AspectRatio.RATIO_16_9).build()),
                RequestOptions.builder().idempotencyKey("img-001").build());

        ObjectNode expected = fixture("task-image-request.json").put("idempotency_key", "img-001");
        RecordedRequest request = server.takeRequest();
        assertRequest(request, "POST", "/v3/tasks", true, expected);
        assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
        assertThat(task.id()).isEqualTo("ede83966-a50c-4e52-aa63-a3c1e28f4c38");
        assertThat(task.status()).isEqualTo(JobStatus.PENDING);
        assertThat(task.type()).contains(TaskType.IMAGE_GENERATION);
        assertThat(task.estimatedCost()).contains(new BigDecimal("0.1800"));
        assertThat(task.reservedAmount()).contains(new BigDecimal("0.1800"));
        assertThat(task.message()).contains("Task accepted, balance reserved");
        assertThat(task.resultUrls()).isEmpty();
        assertThat(task.isTerminal()).isFalse();
    }

    @Test
    void imageTaskWithoutAKeyGetsAGeneratedOne() throws Exception {
        server.enqueue(Fixtures.jsonResponse(201, Fixtures.text("task-created-response.json")));

        client.tasks().createAsync(TaskRequest.of(ImageParams.builder()
                .description("A mountain landscape at sunset").aspectRatio(AspectRatio.RATIO_16_9).build())).get();

        ObjectNode sent = (ObjectNode) json(server.takeRequest().getBody().utf8());
        assertThat(sent.get("idempotency_key").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        sent.remove("idempotency_key");
        assertThat(sent).isEqualTo(fixture("task-image-request.json"));
    }

    @Test
    void videoTaskMatchesTheSeedIncludingKeyAndCallback() throws Exception {
        server.enqueue(Fixtures.jsonResponse(201, Fixtures.text("task-created-response.json")
                .replace("image_generation", "video_generation").replace("0.1800", "1.9600")));

        Task task = client.tasks().create(TaskRequest.builder(VideoParams.builder()
                        .description("Cinematic aerial shot of coastal cliffs").duration(8)
                        .aspectRatio(AspectRatio.RATIO_16_9).generateAudio(true).build())
                        .callbackUrl("https://myapp.example/webhook").build(),
                RequestOptions.builder().idempotencyKey("my-video-001").build());

        assertRequest(server.takeRequest(), "POST", "/v3/tasks", true, fixture("task-video-request.json"));
        assertThat(task.type()).contains(TaskType.VIDEO_GENERATION);
        assertThat(task.estimatedCost()).contains(new BigDecimal("1.9600"));
    }

    @Test
    void musicTaskMatchesTheSeed() throws Exception {
        server.enqueue(Fixtures.jsonResponse(201, Fixtures.text("task-created-response.json")));

        client.tasks().create(TaskRequest.of(MusicParams.builder().description("Upbeat indie folk with acoustic guitar")
                .duration(120).instrumental(false).build()), RequestOptions.builder().idempotencyKey("m-1").build());

        assertRequest(server.takeRequest(), "POST", "/v3/tasks", true,
                fixture("task-music-request.json").put("idempotency_key", "m-1"));
    }

    @Test
    void everyDocumentedTaskFieldIsSentUnderItsName() throws Exception {
        server.enqueue(Fixtures.jsonResponse(201, Fixtures.text("task-created-response.json")));
        server.enqueue(Fixtures.jsonResponse(201, Fixtures.text("task-created-response.json")));
        server.enqueue(Fixtures.jsonResponse(201, Fixtures.text("task-created-response.json")));
        RequestOptions key = RequestOptions.builder().idempotencyKey("k").build();

        client.tasks().create(TaskRequest.of(ImageParams.builder().description("d").aspectRatio(AspectRatio.RATIO_9_21)
                .quality(ImageQuality.HIGH).build()), key);
        client.tasks().create(TaskRequest.of(VideoParams.builder().description("d").duration(4)
                .aspectRatio(AspectRatio.RATIO_9_16).generateAudio(false).resolution(VideoResolution.P1080)
                .negativePrompt("blur").build()), key);
        client.tasks().create(TaskRequest.of(MusicParams.builder().description("d").duration(30).instrumental(true)
                .audioFormat(AudioFormat.WAV).loudnessPreset(LoudnessPreset.BROADCAST).style("folk").title("T")
                .customMode(true).build()), key);

        assertThat(json(server.takeRequest().getBody().utf8())).isEqualTo(json("{\"type\":\"image_generation\","
                + "\"idempotency_key\":\"k\",\"params\":{\"description\":\"d\",\"aspect_ratio\":\"9:21\",\"quality\":\"high\"}}"));
        assertThat(json(server.takeRequest().getBody().utf8())).isEqualTo(json("{\"type\":\"video_generation\","
                + "\"idempotency_key\":\"k\",\"params\":{\"description\":\"d\",\"duration\":4,\"aspect_ratio\":\"9:16\","
                + "\"generate_audio\":false,\"resolution\":\"1080p\",\"negative_prompt\":\"blur\"}}"));
        assertThat(json(server.takeRequest().getBody().utf8())).isEqualTo(json("{\"type\":\"music_generation\","
                + "\"idempotency_key\":\"k\",\"params\":{\"description\":\"d\",\"duration\":30,\"instrumental\":true,"
                + "\"audio_format\":\"wav\",\"loudness_preset\":\"broadcast\",\"style\":\"folk\",\"title\":\"T\","
                + "\"custom_mode\":true}}"));
    }

    @Test
    void getTaskReadsTheCompletedSeedExample() throws Exception {
        server.enqueue(ok("task-completed-response.json"));

        Task task = client.tasks().get("ede83966-a50c-4e52-aa63-a3c1e28f4c38");

        assertRequest(server.takeRequest(), "GET", "/v3/tasks/ede83966-a50c-4e52-aa63-a3c1e28f4c38", true, null);
        assertThat(task.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(task.isTerminal()).isTrue();
        assertThat(task.priority()).contains("normal");
        assertThat(task.createdAt()).contains(Instant.parse("2026-02-06T11:45:23.437070Z"));
        assertThat(task.completedAt()).contains(Instant.parse("2026-02-06T11:45:38.003218Z"));
        assertThat(task.actualCost()).contains(new BigDecimal("0.1800"));
        assertThat(task.statusMessage()).contains("Image generated successfully");
        assertThat(task.resultUrls()).containsExactly("https://pub-fe4ae8816f7943069914c52146125008.r2.dev/...");
        assertThat(task.result().orElseThrow().imageUrl()).isPresent();
    }

    @Test
    void resultShapesForVideoAndMusicAndUnknownStatusesAreRead() throws Exception {
        server.enqueue(Fixtures.jsonResponse(200, "{\"task_id\":\"v1\",\"status\":\"completed\",\"type\":\"video_generation\","
                + "\"result\":{\"video_url\":\"https://cdn.example/v.mp4\"},\"new_field\":{\"x\":1}}"));
        server.enqueue(Fixtures.jsonResponse(200, "{\"task_id\":\"m1\",\"status\":\"completed\",\"type\":\"music_generation\","
                + "\"result\":{\"items\":[{\"audio_url\":\"https://cdn.example/a.mp3\",\"image_url\":\"https://cdn.example/c.jpg\","
                + "\"title\":\"Song\",\"duration\":121.5,\"tags\":\"folk\"}]}}"));
        server.enqueue(Fixtures.jsonResponse(200, "{\"task_id\":\"x1\",\"status\":\"rendering\",\"type\":\"hologram\"}"));

        Task video = client.tasks().get("v1");
        Task music = client.tasks().get("m1");
        Task future = client.tasks().get("x1");

        assertThat(video.resultUrls()).containsExactly("https://cdn.example/v.mp4");
        assertThat(music.resultUrls()).containsExactly("https://cdn.example/a.mp3", "https://cdn.example/c.jpg");
        MusicItem item = music.result().orElseThrow().items().get(0);
        assertThat(item.title()).contains("Song");
        assertThat(item.durationSeconds()).hasValue(121.5);
        assertThat(item.otherFields()).containsEntry("tags", "folk");
        assertThat(future.status().asString()).isEqualTo("rendering");
        assertThat(future.status().isKnown()).isFalse();
        assertThat(future.isTerminal()).isFalse();
        assertThat(future.type().orElseThrow().isKnown()).isFalse();
    }

    @Test
    void listSendsFiltersAndPagesByOffset() throws Exception {
        String first = "{\"tasks\":[" + Fixtures.text("task-completed-response.json") + ","
                + Fixtures.text("task-completed-response.json").replace("ede83966", "aaaaaaaa")
                + "],\"total\":3,\"limit\":2,\"offset\":0}";
        String second = "{\"tasks\":[" + Fixtures.text("task-completed-response.json").replace("ede83966", "bbbbbbbb")
                + "],\"total\":3,\"limit\":2,\"offset\":2}";
        server.enqueue(Fixtures.jsonResponse(200, first));
        server.enqueue(Fixtures.jsonResponse(200, second));

        Page<Task> page = client.tasks().list(TaskListParams.builder().status(JobStatus.COMPLETED).limit(2).build());
        List<String> ids = page.autoPager().stream().map(Task::id).collect(java.util.stream.Collectors.toList());

        assertRequest(server.takeRequest(), "GET", "/v3/tasks?status=completed&limit=2&offset=0", true, null);
        assertRequest(server.takeRequest(), "GET", "/v3/tasks?status=completed&limit=2&offset=2", true, null);
        assertThat(page.total()).contains(3L);
        assertThat(ids).containsExactly("ede83966-a50c-4e52-aa63-a3c1e28f4c38", "aaaaaaaa-a50c-4e52-aa63-a3c1e28f4c38",
                "bbbbbbbb-a50c-4e52-aa63-a3c1e28f4c38");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void operationsMatchTheSeedExamples() throws Exception {
        server.enqueue(ok("operation-background-remove-response.json"));
        server.enqueue(ok("operation-background-remove-response.json"));
        server.enqueue(ok("operation-ai-edit-response.json"));
        server.enqueue(ok("operation-video-trim-response.json"));
        server.enqueue(ok("operation-video-merge-response.json"));

        client.operations().create(OperationParams.upscale("https://example.com/your-image.jpg", 2));
        Operation removed = client.operations().create(OperationParams.backgroundRemove("https://example.com/your-image.jpg"));
        Operation edited = client.operations().createAsync(OperationParams.aiEdit("https://example.com/photo.jpg",
                "Change the background to a tropical beach at sunset")).get();
        Operation trimmed = client.operations().create(OperationParams.videoTrim("https://example.com/video.mp4", 1, 4));
        Operation merged = client.operations().create(OperationParams.videoMerge(
                List.of("https://example.com/clip1.mp4", "https://example.com/clip2.mp4")));

        assertRequest(server.takeRequest(), "POST", "/v3/operations", true, fixture("operation-upscale-request.json"));
        assertRequest(server.takeRequest(), "POST", "/v3/operations", true,
                fixture("operation-background-remove-request.json"));
        assertRequest(server.takeRequest(), "POST", "/v3/operations", true, fixture("operation-ai-edit-request.json"));
        assertRequest(server.takeRequest(), "POST", "/v3/operations", true, fixture("operation-video-trim-request.json"));
        assertRequest(server.takeRequest(), "POST", "/v3/operations", true, fixture("operation-video-merge-request.json"));
        assertThat(removed.id()).isEqualTo("a1b2c3d4-5678-4ef0-abcd-1234567890ab");
        assertThat(removed.operation()).contains(OperationType.BACKGROUND_REMOVE);
        assertThat(removed.estimatedCost()).contains(new BigDecimal("0.1000"));
        assertThat(removed.message()).contains("Operation accepted, balance reserved");
        assertThat(edited.operation()).contains(OperationType.AI_EDIT);
        assertThat(trimmed.reservedAmount()).contains(new BigDecimal("0.0500"));
        assertThat(merged.operation()).contains(OperationType.VIDEO_MERGE);
    }

    @Test
    void inpaintAndMultiImageEditAndAnExplicitKeyAreSent() throws Exception {
        server.enqueue(ok("operation-ai-edit-response.json"));
        server.enqueue(ok("operation-ai-edit-response.json"));

        client.operations().create(OperationParams.inpaint("https://example.com/a.png", "Add a hat",
                "https://example.com/mask.png"), RequestOptions.builder().idempotencyKey("op-7").build());
        client.operations().create(OperationParams.aiEdit("https://example.com/person.png", "Put her on this beach",
                List.of("https://example.com/beach.png", "https://example.com/sky.png")));

        assertRequest(server.takeRequest(), "POST", "/v3/operations", true, json("{\"operation\":\"inpaint\","
                + "\"media_url\":\"https://example.com/a.png\",\"prompt\":\"Add a hat\","
                + "\"mask_url\":\"https://example.com/mask.png\",\"idempotency_key\":\"op-7\"}"));
        assertRequest(server.takeRequest(), "POST", "/v3/operations", true, json("{\"operation\":\"ai_edit\","
                + "\"media_url\":\"https://example.com/person.png\",\"prompt\":\"Put her on this beach\","
                + "\"options\":{\"additional_images\":[\"https://example.com/beach.png\",\"https://example.com/sky.png\"]}}"));
    }

    @Test
    void getOperationReadsItsResult() throws Exception {
        server.enqueue(Fixtures.jsonResponse(200, "{\"operation_id\":\"op1\",\"operation\":\"upscale\","
                + "\"status\":\"completed\",\"actual_cost\":\"0.1500\",\"result\":{\"output_url\":\"https://cdn.example/u.png\"}}"));

        Operation operation = client.operations().get("op1");

        assertRequest(server.takeRequest(), "GET", "/v3/operations/op1", true, null);
        assertThat(operation.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(operation.actualCost()).contains(new BigDecimal("0.1500"));
        assertThat(operation.resultUrls()).containsExactly("https://cdn.example/u.png");
    }

    @Test
    void a2aSendsTheSeedsJsonRpcMessageAndReadsTheResult() throws Exception {
        server.enqueue(Fixtures.jsonResponse(200, "{\"jsonrpc\":\"2.0\",\"id\":\"1\",\"result\":{\"kind\":\"task\","
                + "\"id\":\"a2a-task\",\"status\":{\"state\":\"submitted\"},\"artifacts\":[{\"parts\":[{\"kind\":\"data\","
                + "\"data\":{\"task_id\":\"ede83966-a50c-4e52-aa63-a3c1e28f4c38\",\"estimated_cost\":\"0.1800\"}}]}]}}"));

        A2aResponse response = client.a2a().send(A2aRequest.skill(A2aRequest.EXECUTE_MEDIA_TASK).id("1")
                .input("task_type", "image_generation").input("prompt", "A sunset over mountains").build());

        assertRequest(server.takeRequest(), "POST", "/a2a", true, fixture("a2a-request.json"));
        assertThat(response.id()).contains("1");
        assertThat(response.kind()).contains("task");
        assertThat(response.state()).contains("submitted");
        assertThat(response.taskId()).contains("ede83966-a50c-4e52-aa63-a3c1e28f4c38");
        assertThat(response.find("estimated_cost")).contains("0.1800");
    }

    @Test
    void a2aMediaTaskFactoryBuildsTheSameSkillRequest() throws Exception {
        server.enqueue(Fixtures.jsonResponse(200, "{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"result\":{\"kind\":\"task\",\"id\":\"t9\"}}"));

        A2aRequest request = A2aRequest.mediaTask(TaskType.IMAGE_GENERATION, "A sunset over mountains");
        A2aResponse response = client.a2a().sendAsync(request).get();

        ObjectNode expected = fixture("a2a-request.json").put("id", request.id());
        assertRequest(server.takeRequest(), "POST", "/a2a", true, expected);
        assertThat(response.taskId()).contains("t9");
    }

    @Test
    void mcpSendsTheSeedsToolCallAndReadsTheText() throws Exception {
        server.enqueue(Fixtures.jsonResponse(200, "{\"content\":[{\"type\":\"text\",\"text\":\"Task created.\\n"
                + "Task ID: ede83966-a50c-4e52-aa63-a3c1e28f4c38\\nEstimated cost: $0.18\"}]}"));

        McpToolResult result = client.mcp().call(McpToolCall.generateImage(ImageParams.builder()
                .description("A sunset over mountains").aspectRatio(AspectRatio.RATIO_16_9).build()));

        assertRequest(server.takeRequest(), "POST", "/mcp/tools/call", true, fixture("mcp-request.json"));
        assertThat(result.text()).startsWith("Task created.");
        assertThat(result.firstId()).contains("ede83966-a50c-4e52-aa63-a3c1e28f4c38");
        assertThat(result.content()).hasSize(1);
    }

    @Test
    void mcpToolFactoriesNameTheDocumentedTools() throws Exception {
        List<McpToolCall> calls = List.of(
                McpToolCall.generateVideo(VideoParams.builder().description("v").duration(6).build()),
                McpToolCall.generateMusic(MusicParams.builder().description("m").instrumental(true).build()),
                McpToolCall.getTask("t1"), McpToolCall.listTasks(JobStatus.COMPLETED, 5), McpToolCall.checkBalance(),
                McpToolCall.estimateCost(ImageQuality.HIGH, 2), McpToolCall.estimateVideoCost(),
                McpToolCall.estimateMusicCost(), McpToolCall.executePreset("streaming_campaign", "launch"),
                McpToolCall.operation(OperationParams.upscale("https://e.com/i.png", 4)), McpToolCall.getOperation("o1"),
                McpToolCall.of("future_tool", Map.of("x", 1)));
        for (int i = 0; i < calls.size(); i++) {
            server.enqueue(Fixtures.jsonResponse(200, "{\"content\":[{\"type\":\"text\",\"text\":\"ok\"}]}"));
        }
        for (McpToolCall call : calls) {
            client.mcp().call(call);
        }
        String[] expected = {
            "{\"name\":\"generate_video\",\"arguments\":{\"prompt\":\"v\",\"duration\":6}}",
            "{\"name\":\"generate_music\",\"arguments\":{\"prompt\":\"m\",\"instrumental\":true}}",
            "{\"name\":\"get_task\",\"arguments\":{\"task_id\":\"t1\"}}",
            "{\"name\":\"list_tasks\",\"arguments\":{\"status\":\"completed\",\"limit\":5}}",
            "{\"name\":\"check_balance\",\"arguments\":{}}",
            "{\"name\":\"estimate_cost\",\"arguments\":{\"quality\":\"high\",\"num_outputs\":2}}",
            "{\"name\":\"estimate_video_cost\",\"arguments\":{}}",
            "{\"name\":\"estimate_music_cost\",\"arguments\":{}}",
            "{\"name\":\"execute_preset\",\"arguments\":{\"preset\":\"streaming_campaign\",\"prompt\":\"launch\"}}",
            "{\"name\":\"upscale\",\"arguments\":{\"media_url\":\"https://e.com/i.png\",\"scale\":4}}",
            "{\"name\":\"get_operation\",\"arguments\":{\"operation_id\":\"o1\"}}",
            "{\"name\":\"future_tool\",\"arguments\":{\"x\":1}}"};
        for (String body : expected) {
            assertRequest(server.takeRequest(), "POST", "/mcp/tools/call", true, json(body));
        }
    }

    @Test
    void rawResponsesExposeStatusHeadersAndRequestId() {
        server.enqueue(ok("balance-response.json").newBuilder().setHeader("X-Request-Id", "req_42")
                .setHeader("X-RateLimit-Limit", "60").setHeader("X-RateLimit-Remaining", "59")
                .setHeader("X-RateLimit-Reset", "1770378360").build());

        RawResponse<Balance> raw = RawResponse.capture(options -> client.agents().balance(options));

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.info().requestId()).contains("req_42");
        assertThat(raw.info().rateLimit().orElseThrow().remaining()).hasValue(59);
        assertThat(raw.info().rateLimit().orElseThrow().reset()).contains(Instant.ofEpochSecond(1770378360));
        assertThat(raw.body().tier()).isEqualTo(1);
    }
}
