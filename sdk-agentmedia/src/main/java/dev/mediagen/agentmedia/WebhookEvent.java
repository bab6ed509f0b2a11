package dev.mediagen.agentmedia;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One webhook delivery: {@code job.completed} (with the video and thumbnail URLs) or {@code job.failed} (with the
 * error). Unknown event types parse too; check {@link #type()}.
 */
public final class WebhookEvent {
    private WebhookEventType event;
    private String jobId;
    private String userId;
    private String operation;
    private VideoStatus status;
    private Long creditsDeducted;
    private BigDecimal durationSeconds;
    private Instant createdAt;
    private Instant completedAt;
    private String videoUrl;
    private String thumbnailUrl;
    private String errorMessage;
    private String errorCode;

    private WebhookEvent() {
    }

    /** The event type. */
    public WebhookEventType type() {
        return event;
    }

    /** The job the event is about. */
    public String jobId() {
        return jobId;
    }

    /** The job's owner. */
    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    /** The job's operation (e.g. {@code ugc_video}). */
    public Optional<String> operation() {
        return Optional.ofNullable(operation);
    }

    /** The job's status ({@code completed} or {@code failed}; derived from the event type when absent). */
    public VideoStatus status() {
        if (status != null) {
            return status;
        }
        if (WebhookEventType.JOB_COMPLETED.equals(event)) {
            return VideoStatus.COMPLETED;
        }
        return WebhookEventType.JOB_FAILED.equals(event) ? VideoStatus.FAILED : VideoStatus.PENDING;
    }

    /** The credits the job cost. */
    public OptionalLong creditsDeducted() {
        return creditsDeducted == null ? OptionalLong.empty() : OptionalLong.of(creditsDeducted);
    }

    /** The video's duration in seconds. */
    public Optional<BigDecimal> durationSeconds() {
        return Optional.ofNullable(durationSeconds);
    }

    /** When the job was created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** When the job completed. */
    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    /** The finished video's URL ({@code job.completed}). */
    public Optional<String> videoUrl() {
        return Optional.ofNullable(videoUrl);
    }

    /** The thumbnail's URL ({@code job.completed}). */
    public Optional<String> thumbnailUrl() {
        return Optional.ofNullable(thumbnailUrl);
    }

    /** Why the job failed ({@code job.failed}). */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    /** The failure code ({@code job.failed}). */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** The job as this event describes it. */
    public VideoJob toJob() {
        return VideoJob.fromWebhook(this);
    }

    @Override
    public String toString() {
        return "WebhookEvent{" + event + ", jobId=" + jobId + ", status=" + status() + "}";
    }
}
