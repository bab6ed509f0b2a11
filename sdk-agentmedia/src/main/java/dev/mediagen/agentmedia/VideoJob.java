package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * A video generation job as {@code GET /videos/:id} and the listing return it. The result URL is read from
 * whichever field the API used ({@code output_url}, {@code output_media_url}, {@code video_url} or
 * {@code result_url}).
 */
public final class VideoJob {
    @JsonAlias("job_id")
    private String id;
    private String userId;
    private String modelSlug;
    private String operation;
    private VideoStatus status;
    private Double progress;
    private String prompt;
    private Long creditCost;
    private String outputUrl;
    private String outputMediaUrl;
    private String videoUrl;
    private String resultUrl;
    private String outputThumbnailUrl;
    private String thumbnailUrl;
    private String errorMessage;
    private String errorCode;
    private BigDecimal durationSeconds;
    private String resolution;
    private Instant createdAt;
    private Instant startedAt;
    private Instant completedAt;
    private Instant updatedAt;
    private Instant deletedAt;
    private Map<String, Object> inputParams;

    private VideoJob() {
    }

    /** The job as a webhook delivery described it. */
    static VideoJob fromWebhook(WebhookEvent event) {
        VideoJob job = new VideoJob();
        job.id = event.jobId();
        job.userId = event.userId().orElse(null);
        job.operation = event.operation().orElse(null);
        job.status = event.status();
        job.creditCost = event.creditsDeducted().isPresent() ? event.creditsDeducted().getAsLong() : null;
        job.videoUrl = event.videoUrl().orElse(null);
        job.thumbnailUrl = event.thumbnailUrl().orElse(null);
        job.errorMessage = event.errorMessage().orElse(null);
        job.errorCode = event.errorCode().orElse(null);
        job.durationSeconds = event.durationSeconds().orElse(null);
        job.createdAt = event.createdAt().orElse(null);
        job.completedAt = event.completedAt().orElse(null);
        return job;
    }

    /** The job's id. */
    public String id() {
        return id;
    }

    /** The job's status. */
    public VideoStatus status() {
        return status == null ? VideoStatus.PENDING : status;
    }

    /** The URL of the finished video, from whichever field the API used. */
    public Optional<String> outputUrl() {
        return Optional.ofNullable(firstNonNull(outputUrl, outputMediaUrl, videoUrl, resultUrl));
    }

    /** Every result URL of the job (the video; empty until it completes). */
    public List<String> resultUrls() {
        return outputUrl().map(List::of).orElse(List.of());
    }

    /** The URL of the video's thumbnail. */
    public Optional<String> thumbnailUrl() {
        return Optional.ofNullable(firstNonNull(outputThumbnailUrl, thumbnailUrl));
    }

    /** Progress in percent, when the API reports it (api-v2). */
    public OptionalDouble progress() {
        return progress == null ? OptionalDouble.empty() : OptionalDouble.of(progress);
    }

    /** The credits the job cost. */
    public OptionalLong creditCost() {
        return creditCost == null ? OptionalLong.empty() : OptionalLong.of(creditCost);
    }

    /** Why the job failed. */
    public Optional<String> errorMessage() {
        return Optional.ofNullable(errorMessage);
    }

    /** The failure code ({@code USER_CANCELED} for cancelled jobs). */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** The owner's user id. */
    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    /** The model used (e.g. {@code ugc-basic}). */
    public Optional<String> modelSlug() {
        return Optional.ofNullable(modelSlug);
    }

    /** The operation (e.g. {@code ugc_video}). */
    public Optional<String> operation() {
        return Optional.ofNullable(operation);
    }

    /** The stored prompt (the start of the script). */
    public Optional<String> prompt() {
        return Optional.ofNullable(prompt);
    }

    /** The video's duration in seconds. */
    public Optional<BigDecimal> durationSeconds() {
        return Optional.ofNullable(durationSeconds);
    }

    /** The video's resolution. */
    public Optional<String> resolution() {
        return Optional.ofNullable(resolution);
    }

    /** When the job was created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** When rendering started. */
    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /** When the job finished. */
    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    /** When the job last changed. */
    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    /** When the job was soft-deleted. */
    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    /** The stored input parameters (plain JSON values), when the API returns them. */
    public Map<String, Object> inputParams() {
        return inputParams == null ? Map.of() : Collections.unmodifiableMap(inputParams);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "VideoJob{id=" + id + ", status=" + status() + outputUrl().map(u -> ", outputUrl=" + u).orElse("")
                + errorCode().map(c -> ", errorCode=" + c).orElse("") + "}";
    }
}
