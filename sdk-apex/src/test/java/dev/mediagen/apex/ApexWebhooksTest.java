package dev.mediagen.apex;

import static dev.mediagen.apex.Fixtures.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mediagen.core.MalformedResponseException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Webhook deliveries parse into typed events with per-type metadata; unknown events and fields are kept. */
class ApexWebhooksTest {
    @Test
    void theSeedsCompletedPayloadParses() {
        ApexWebhookEvent event = ApexWebhookEvent.parse(seed("webhook-job-completed.json"));

        assertThat(event.type()).isEqualTo(WebhookEventType.JOB_COMPLETED);
        assertThat(event.isCompleted()).isTrue();
        assertThat(event.timestamp()).hasValue(Instant.parse("2026-03-16T12:00:00Z"));
        assertThat(event.jobId()).isEqualTo("550e8400-e29b-41d4-a716-446655440000");
        Job job = event.job();
        assertThat(job.type()).hasValue(JobKind.IMAGE);
        assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.outputUrl()).hasValue("https://cdn.useapexstudio.com/outputs/550e.../output.png");
        assertThat(job.outputType()).hasValue("image/png");
        assertThat(job.metadata().model()).hasValue("flux-2-pro");
        assertThat(job.metadata().width()).hasValue(1024);
        assertThat(job.metadata().height()).hasValue(1024);
        assertThat(job.metadata().durationMs()).hasValue(8200);
        assertThat(job.createdAt()).hasValue(Instant.parse("2026-03-16T11:59:50Z"));
        assertThat(job.creditCost()).hasValue(10);
    }

    @Test
    void theSeedsFailedPayloadParsesWithTheRefund() {
        ApexWebhookEvent event = ApexWebhookEvent.parse(seed("webhook-job-failed.json").getBytes(StandardCharsets.UTF_8));

        assertThat(event.isFailed()).isTrue();
        assertThat(event.job().type()).hasValue(JobKind.VIDEO);
        assertThat(event.job().error()).hasValue("Generation failed");
        assertThat(event.job().creditsRefunded()).hasValue(250);
        assertThat(event.job().failedAt()).hasValue(Instant.parse("2026-03-16T12:00:00Z"));
    }

    @Test
    void everyJobTypesMetadataIsTyped() {
        Job video = job("video", "\"model\":\"veo-3.1\",\"durationSeconds\":12.5,\"resolution\":\"1080p\"");
        assertThat(video.metadata().durationSeconds()).hasValue(new BigDecimal("12.5"));
        assertThat(video.metadata().resolution()).hasValue("1080p");
        Job voice = job("voice", "\"model\":\"kokoro\",\"durationSeconds\":9,\"language\":\"es\"");
        assertThat(voice.metadata().language()).hasValue("es");
        Job clip = job("clip", "\"clipCount\":2,\"viralScores\":[9.1,7.4]");
        assertThat(clip.metadata().clipCount()).hasValue(2);
        assertThat(clip.metadata().viralScores()).containsExactly(new BigDecimal("9.1"), new BigDecimal("7.4"));
        Job commercial = job("commercial", "\"sceneClips\":[\"https://c/1.mp4\"],\"platform\":\"tv\",\"duration\":30");
        assertThat(commercial.metadata().sceneClips()).containsExactly("https://c/1.mp4");
        assertThat(commercial.metadata().platform()).hasValue("tv");
        assertThat(commercial.metadata().duration()).hasValue(30);
        Job translate = job("translate", "\"outputLanguage\":\"fr\",\"durationSeconds\":40");
        assertThat(translate.metadata().outputLanguage()).hasValue("fr");
        Job ad = job("instant-ad", "\"variationCount\":3,\"platform\":\"facebook\",\"format\":\"video\"");
        assertThat(ad.metadata().variationCount()).hasValue(3);
        assertThat(ad.metadata().format()).hasValue("video");
        assertThat(ad.creditCost()).hasValue(1000);
        Job shoot = job("photoshoot", "\"photoCount\":4,\"background\":\"outdoor\",\"lighting\":\"soft\",\"seed\":7");
        assertThat(shoot.metadata().photoCount()).hasValue(4);
        assertThat(shoot.metadata().lighting()).hasValue("soft");
        assertThat(shoot.metadata().other()).containsEntry("seed", 7);
        Job avatar = job("avatar", "\"model\":\"veed-fabric\",\"durationSeconds\":31,\"resolution\":\"720p\"");
        assertThat(avatar.creditCost()).hasValue(750);
    }

    @Test
    void unknownEventsAndTypesAreKept() {
        ApexWebhookEvent event = ApexWebhookEvent.parse("{\"event\":\"job.progress\",\"data\":{\"jobId\":\"j\","
                + "\"type\":\"music\",\"status\":\"processing\",\"percent\":40}}");

        assertThat(event.type().asString()).isEqualTo("job.progress");
        assertThat(event.type().isKnown()).isFalse();
        assertThat(event.isCompleted()).isFalse();
        assertThat(event.timestamp()).isEmpty();
        assertThat(event.job().type().orElseThrow().isKnown()).isFalse();
        assertThat(event.job().creditCost()).isEmpty();
    }

    @Test
    void malformedDeliveriesAreTypedErrors() {
        assertThatThrownBy(() -> ApexWebhookEvent.parse("not json")).isInstanceOf(MalformedResponseException.class);
        assertThatThrownBy(() -> ApexWebhookEvent.parse("{\"data\":{}}")).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("no event");
        assertThatThrownBy(() -> ApexWebhookEvent.parse("{\"event\":\"job.completed\",\"data\":{\"status\":\"x\"}}"))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("jobId");
        assertThatThrownBy(() -> ApexWebhookEvent.parse("{\"event\":\"job.completed\"}"))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("data");
    }

    private static Job job(String type, String metadata) {
        return ApexWebhookEvent.parse("{\"event\":\"job.completed\",\"timestamp\":\"2026-03-16T12:00:00Z\",\"data\":"
                + "{\"jobId\":\"j\",\"type\":\"" + type + "\",\"status\":\"completed\",\"metadata\":{" + metadata + "}}}")
                .job();
    }
}
