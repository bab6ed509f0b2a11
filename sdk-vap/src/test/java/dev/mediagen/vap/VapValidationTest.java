package dev.mediagen.vap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every documented constraint is checked before anything is sent. */
class VapValidationTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    private VapClient client;

    @BeforeEach
    void setUp() {
        client = VapClient.builder().baseUrl(server.url("/").toString()).apiKey(Fixtures.API_KEY).build();
    }

    @AfterEach
    void tearDown() {
        assertThat(server.getRequestCount()).as("requests sent").isZero();
        client.close();
    }

    private static void rejected(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(ValidationException.class).hasMessageContaining(message);
    }

    @Test
    void descriptionIsRequiredForEveryTaskType() {
        rejected(() -> ImageParams.of(" "), "description is required");
        rejected(() -> VideoParams.builder().build(), "description is required");
        rejected(() -> MusicParams.of(""), "description is required");
    }

    @Test
    void videoDurationAndAspectRatioAreChecked() {
        rejected(() -> VideoParams.builder().description("d").duration(5).build(), "duration must be 4, 6 or 8");
        rejected(() -> VideoParams.builder().description("d").duration(10).build(), "duration must be 4, 6 or 8");
        rejected(() -> VideoParams.builder().description("d").aspectRatio(AspectRatio.RATIO_1_1).build(),
                "16:9 or 9:16");
        rejected(() -> VideoParams.builder().description("d").negativePrompt(" ").build(), "negative_prompt");
        assertThat(VideoParams.builder().description("d").duration(4).build().duration()).hasValue(4);
    }

    @Test
    void musicDurationAndStyleAreChecked() {
        rejected(() -> MusicParams.builder().description("d").duration(29).build(), "between 30 and 480");
        rejected(() -> MusicParams.builder().description("d").duration(481).build(), "between 30 and 480");
        rejected(() -> MusicParams.builder().description("d").style("x".repeat(1001)).build(), "at most 1000");
        assertThat(MusicParams.builder().description("d").duration(480).style("x".repeat(1000)).build().duration())
                .hasValue(480);
    }

    @Test
    void unknownEnumStringsAreRejected() {
        rejected(() -> AspectRatio.parse("5:4"), "unsupported aspect ratio '5:4'");
        rejected(() -> ImageQuality.parse("ultra"), "unsupported image quality");
        rejected(() -> DepositParams.of("5", DepositProvider.of("paypal")), "manual, crypto or card");
        rejected(() -> ImageParams.builder().aspectRatio("square"), "unsupported aspect ratio 'square'");
        rejected(() -> VideoParams.builder().description("d").aspectRatio("4:3").build(), "16:9 or 9:16");
        assertThat(AspectRatio.parse("21:9")).isEqualTo(AspectRatio.RATIO_21_9);
    }

    @Test
    void depositsBelowOneDollarAreRejected() {
        rejected(() -> client.deposits().init(DepositParams.of(new BigDecimal("0.99"), DepositProvider.CARD)),
                "at least 1.00");
        rejected(() -> DepositParams.of("five", DepositProvider.CARD), "not a decimal");
        rejected(() -> DepositParams.of((BigDecimal) null, DepositProvider.CARD), "amount is required");
        rejected(() -> DepositParams.of("5", null), "provider is required");
        assertThat(DepositParams.of("1.00", DepositProvider.CARD).amount()).isEqualByComparingTo("1");
    }

    @Test
    void callbackUrlMustBeAbsoluteHttp() {
        rejected(() -> TaskRequest.builder(ImageParams.of("d")).callbackUrl("ftp://x/y").build(), "callback_url");
        rejected(() -> TaskRequest.builder(ImageParams.of("d")).callbackUrl("/relative").build(), "callback_url");
    }

    @Test
    void operationConstraintsAreChecked() {
        rejected(() -> OperationParams.upscale("https://e.com/i.png", 3), "scale must be 2 or 4");
        rejected(() -> OperationParams.videoTrim("https://e.com/v.mp4", 4, 1), "must be before end_time");
        rejected(() -> OperationParams.videoTrim("https://e.com/v.mp4", 2, 2), "must be before end_time");
        rejected(() -> OperationParams.videoTrim("https://e.com/v.mp4", -1, 2), "start_time must be >= 0");
        rejected(() -> OperationParams.videoMerge(List.of("https://e.com/a.mp4")), "at least 2 media_urls");
        rejected(() -> OperationParams.aiEdit("https://e.com/a.png", "p",
                List.of("https://e.com/1.png", "https://e.com/2.png", "https://e.com/3.png")), "at most 2");
        rejected(() -> OperationParams.aiEdit("https://e.com/a.png", " "), "prompt is required");
        rejected(() -> OperationParams.inpaint("https://e.com/a.png", "p", "not a url"), "mask_url");
        rejected(() -> OperationParams.backgroundRemove("example.com/a.png"), "media_url must be an absolute");
    }

    @Test
    void listLimitsAndIdsAreChecked() {
        rejected(() -> TaskListParams.builder().limit(0).build(), "between 1 and 50");
        rejected(() -> TaskListParams.builder().limit(51).build(), "between 1 and 50");
        rejected(() -> TaskListParams.builder().offset(-1).build(), "offset");
        rejected(() -> client.tasks().get(" "), "taskId");
        rejected(() -> client.tasks().getAsync(null), "taskId");
        rejected(() -> client.operations().get(""), "operationId");
        rejected(() -> client.tasks().waitForAsync(" "), "taskId");
        rejected(() -> McpToolCall.listTasks(null, 0), "between 1 and 50");
        rejected(() -> McpToolCall.estimateCost(ImageQuality.STANDARD, 5), "num_outputs");
    }

    @Test
    void agentAndChannelInputsAreChecked() {
        rejected(() -> client.agents().register(" "), "name is required");
        rejected(() -> client.agents().linkOAuth(""), "oauth_client_id");
        rejected(() -> A2aRequest.skill(" ").build(), "skillId");
        rejected(() -> A2aRequest.mediaTask(TaskType.IMAGE_GENERATION, ""), "prompt");
    }
}
