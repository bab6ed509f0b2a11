package dev.mediagen.videogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.Headers;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.webhook.StandardWebhookVerifier;
import dev.mediagen.core.webhook.WebhookVerificationException;
import dev.mediagen.videogen.model.FileType;
import dev.mediagen.videogen.model.JobStatus;
import dev.mediagen.videogen.model.ToolType;
import dev.mediagen.videogen.model.WebhookEventType;
import dev.mediagen.videogen.model.WorkflowType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Standard Webhooks verification vectors and the parsing of every VideoGen event family. */
class VideoGenWebhooksTest {
    static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString("videogen-test-secret-32-bytes!!!".getBytes(StandardCharsets.UTF_8));
    static final long NOW = 1_782_896_400L;
    static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
    static final String SUCCEEDED = "{\"event\":\"tool_execution.succeeded\",\"toolExecutionId\":\"vg_tool_abc\","
            + "\"occurredAt\":1782896390,\"toolType\":\"GENERATE_IMAGE\",\"results\":[{\"fileId\":\"vg_file_1\","
            + "\"type\":\"IMAGE\",\"file\":{\"fileId\":\"vg_file_1\",\"type\":\"IMAGE\",\"scope\":\"GLOBAL\","
            + "\"downloadSource\":{\"status\":\"ready\",\"url\":\"https://cdn.example/1.png?sig=x\",\"expiresAt\":1782900000}}}]}";

    private final List<VideoGenEvent> handled = new ArrayList<>();
    private final VideoGenWebhooks receiver = VideoGenWebhooks.builder().secret(SECRET).clock(CLOCK).sink(handled::add).build();

    static Headers signed(String secret, String id, long timestamp, String body) {
        return Headers.of("webhook-id", id, "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", StandardWebhookVerifier.sign(secret, id, timestamp, body.getBytes(StandardCharsets.UTF_8)));
    }

    private VideoGenEvent handle(Headers headers, String body) {
        return receiver.handle(headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theStandardWebhooksReferenceVectorVerifies() {
        VideoGenWebhooks reference = VideoGenWebhooks.builder().secret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                .clock(Clock.fixed(Instant.ofEpochSecond(1614265330), ZoneOffset.UTC)).build();
        Headers headers = Headers.of("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek", "webhook-timestamp", "1614265330",
                "webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");

        VideoGenEvent event = reference.handle(headers, "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

        assertThat(event).isInstanceOf(UnknownEvent.class);
        assertThat(((UnknownEvent) event).json()).isEqualTo("{\"test\": 2432232314}");
        assertThat(event.webhookId()).isEqualTo("msg_p5jXN8AQM9LWM0D4loKWxJek");
    }

    @Test
    void aValidDeliveryIsParsedIntoATypedEventAndTheExecutionItDescribes() {
        VideoGenEvent event = handle(signed(SECRET, "msg_1", NOW, SUCCEEDED), SUCCEEDED);

        ToolExecutionEvent toolEvent = (ToolExecutionEvent) event;
        assertThat(toolEvent.type()).isEqualTo(WebhookEventType.TOOL_EXECUTION_SUCCEEDED);
        assertThat(toolEvent.webhookId()).isEqualTo("msg_1");
        assertThat(toolEvent.signedAt()).isEqualTo(Instant.ofEpochSecond(NOW));
        assertThat(toolEvent.occurredAt()).contains(Instant.ofEpochSecond(1782896390));
        assertThat(toolEvent.toolType()).contains(ToolType.GENERATE_IMAGE);
        assertThat(toolEvent.results().get(0).file().orElseThrow().downloadSource().orElseThrow().url())
                .contains("https://cdn.example/1.png?sig=x");
        assertThat(toolEvent.execution().status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(toolEvent.execution().progressPercentage()).isEqualTo(100.0);
        assertThat(toolEvent.execution().resultFileIds()).containsExactly("vg_file_1");
        assertThat(toolEvent.isDuplicate()).isFalse();
        assertThat(handled).containsExactly(event);
    }

    @Test
    void aTamperedBodyIsRejected() {
        Headers headers = signed(SECRET, "msg_1", NOW, SUCCEEDED);

        assertThatThrownBy(() -> handle(headers, SUCCEEDED.replace("vg_tool_abc", "vg_tool_evil")))
                .isInstanceOf(WebhookVerificationException.class);
        assertThat(handled).isEmpty();
    }

    @Test
    void aDeliverySignedWithAnotherSecretIsRejected() {
        String other = "whsec_" + Base64.getEncoder().encodeToString("another-secret-another-secret!!!".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> handle(signed(other, "msg_1", NOW, SUCCEEDED), SUCCEEDED))
                .isInstanceOf(WebhookVerificationException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET.substring(6)));
    }

    @Test
    void staleAndFutureTimestampsOutsideFiveMinutesAreRejected() {
        long stale = NOW - 301;
        long future = NOW + 301;

        assertThatThrownBy(() -> handle(signed(SECRET, "msg_old", stale, SUCCEEDED), SUCCEEDED))
                .isInstanceOf(WebhookVerificationException.class);
        assertThatThrownBy(() -> handle(signed(SECRET, "msg_new", future, SUCCEEDED), SUCCEEDED))
                .isInstanceOf(WebhookVerificationException.class);
        assertThat(handle(signed(SECRET, "msg_edge", NOW - 299, SUCCEEDED), SUCCEEDED)).isInstanceOf(ToolExecutionEvent.class);
    }

    @Test
    void anyOneOfSeveralSignaturesMayMatch() {
        String good = StandardWebhookVerifier.sign(SECRET, "msg_rot", NOW, SUCCEEDED.getBytes(StandardCharsets.UTF_8));
        String stale = StandardWebhookVerifier.sign("whsec_" + Base64.getEncoder().encodeToString(new byte[32]), "msg_rot",
                NOW, SUCCEEDED.getBytes(StandardCharsets.UTF_8));
        Headers rotated = Headers.of("webhook-id", "msg_rot", "webhook-timestamp", Long.toString(NOW),
                "webhook-signature", "v2,ignored " + stale + " " + good);
        Headers noneMatch = Headers.of("webhook-id", "msg_rot2", "webhook-timestamp", Long.toString(NOW),
                "webhook-signature", stale + " v1,not-base64!!");

        assertThat(handle(rotated, SUCCEEDED)).isInstanceOf(ToolExecutionEvent.class);
        assertThatThrownBy(() -> handle(noneMatch, SUCCEEDED)).isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void aReplayedIdIsADuplicateThatIsNotProcessedAgainUnlessForgotten() {
        Headers headers = signed(SECRET, "msg_dup", NOW, SUCCEEDED);

        VideoGenEvent first = handle(headers, SUCCEEDED);
        VideoGenEvent second = handle(headers, SUCCEEDED);
        receiver.forget(second);
        VideoGenEvent afterForget = handle(headers, SUCCEEDED);

        assertThat(first.isDuplicate()).isFalse();
        assertThat(second.isDuplicate()).isTrue();
        assertThat(afterForget.isDuplicate()).isFalse();
        assertThat(handled).containsExactly(first, afterForget);
    }

    @Test
    void missingHeadersAreRejected() {
        assertThatThrownBy(() -> handle(Headers.of("webhook-id", "msg_1", "webhook-timestamp", Long.toString(NOW)), SUCCEEDED))
                .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("webhook-signature");
    }

    @Test
    void aSecretThatIsNotBase64IsUsedAsItsRawBytesLikeVideoGensHelpers() {
        String raw = "not-base64-secret!";
        String equivalent = "whsec_" + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        VideoGenWebhooks rawReceiver = VideoGenWebhooks.builder().secret(raw).clock(CLOCK).build();

        VideoGenEvent event = rawReceiver.handle(signed(equivalent, "msg_raw", NOW, SUCCEEDED),
                SUCCEEDED.getBytes(StandardCharsets.UTF_8));

        assertThat(event).isInstanceOf(ToolExecutionEvent.class);
        assertThat(rawReceiver.toString()).doesNotContain(raw);
    }

    @Test
    void failedAndCancelledExecutionsBecomeTheirFinalState() {
        String failed = "{\"event\":\"tool_execution.failed\",\"toolExecutionId\":\"vg_tool_f\",\"occurredAt\":1782896390,"
                + "\"toolType\":\"GENERATE_VIDEO_CLIP\",\"error\":{\"message\":\"Policy\",\"code\":\"content_policy\"}}";
        String cancelled = "{\"event\":\"tool_execution.cancelled\",\"toolExecutionId\":\"vg_tool_c\",\"occurredAt\":1782896390,"
                + "\"toolType\":\"GENERATE_VIDEO_CLIP\"}";

        ToolExecutionEvent f = (ToolExecutionEvent) handle(signed(SECRET, "msg_f", NOW, failed), failed);
        ToolExecutionEvent c = (ToolExecutionEvent) handle(signed(SECRET, "msg_c", NOW, cancelled), cancelled);

        assertThat(f.execution().status()).isEqualTo(JobStatus.FAILED);
        assertThat(f.execution().error().orElseThrow().code()).contains("content_policy");
        assertThat(f.error()).isPresent();
        assertThat(c.execution().status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(c.execution().error()).isEmpty();
    }

    @Test
    void fileAndWorkflowEventsAreTyped() {
        String file = "{\"event\":\"file.upload.completed\",\"fileId\":\"vg_file_9\",\"occurredAt\":1782896390,"
                + "\"file\":{\"fileId\":\"vg_file_9\",\"type\":\"AUDIO\",\"scope\":\"GLOBAL\",\"displayName\":\"vo.wav\"}}";
        String run = "{\"event\":\"workflow_run.succeeded\",\"workflowRunId\":\"vg_work_1\",\"occurredAt\":\"2026-07-01T09:30:00Z\","
                + "\"workflowType\":\"SCRIPT_TO_VIDEO\",\"projectId\":\"vg_proj_1\",\"projectUrl\":\"https://app.videogen.io/project/1\"}";

        FileEvent fileEvent = (FileEvent) handle(signed(SECRET, "msg_file", NOW, file), file);
        WorkflowRunEvent runEvent = (WorkflowRunEvent) handle(signed(SECRET, "msg_run", NOW, run), run);

        assertThat(fileEvent.type()).isEqualTo(WebhookEventType.FILE_UPLOAD_COMPLETED);
        assertThat(fileEvent.type().family()).isEqualTo("file");
        assertThat(fileEvent.file().orElseThrow().type()).contains(FileType.AUDIO);
        assertThat(runEvent.occurredAt()).contains(Instant.parse("2026-07-01T09:30:00Z"));
        assertThat(runEvent.workflowType()).contains(WorkflowType.SCRIPT_TO_VIDEO);
        assertThat(runEvent.run().status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(runEvent.run().projectId()).isEqualTo("vg_proj_1");
    }

    @Test
    void eventsThisSdkDoesNotKnowFallBackToUnknownEventWithTheRawJson() {
        String later = "{\"event\":\"project_export.succeeded\",\"exportId\":\"vg_expo_1\",\"occurredAt\":1782896390}";

        VideoGenEvent event = handle(signed(SECRET, "msg_later", NOW, later), later);

        assertThat(event).isInstanceOf(UnknownEvent.class);
        assertThat(event.type().isKnown()).isFalse();
        assertThat(event.type().asString()).isEqualTo("project_export.succeeded");
        assertThat(((UnknownEvent) event).json()).isEqualTo(later);
    }

    @Test
    void aSignedBodyThatIsNotJsonIsAMalformedDelivery() {
        assertThatThrownBy(() -> handle(signed(SECRET, "msg_bad", NOW, "not json"), "not json"))
                .isInstanceOf(MalformedResponseException.class);
    }
}
