package dev.mediagen.apex;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An Apex generation job, as a create returns it ({@code jobId}, {@code status: queued}, {@code message}), as
 * {@code GET /api/jobs?id=} and the job listing return it, and as a webhook delivers it ({@code type},
 * {@code outputUrl}, {@code outputType}, {@code metadata}, timestamps, {@code error}, {@code creditsRefunded}).
 * Output URLs are signed and valid for 24 hours; fetch the job again for a fresh one.
 */
public final class Job {
    @JsonAlias("id")
    private String jobId;
    private JobKind type;
    private JobStatus status;
    private String message;
    private Integer estimatedMinutes;
    private String outputUrl;
    private List<String> outputUrls;
    private String outputType;
    private JobMetadata metadata;
    private Instant createdAt;
    private Instant completedAt;
    private Instant failedAt;
    private Object error;
    private Long creditsRefunded;
    @JsonAlias({"creditsUsed", "creditsCharged", "creditCost"})
    private Long credits;

    private Job() {
    }

    /** This job with {@code type} filled in when the response did not say it (a create's answer). */
    Job withKind(JobKind kind) {
        if (type != null || kind == null) {
            return this;
        }
        Job copy = copy();
        copy.type = kind;
        return copy;
    }

    private Job copy() {
        Job c = new Job();
        c.jobId = jobId;
        c.type = type;
        c.status = status;
        c.message = message;
        c.estimatedMinutes = estimatedMinutes;
        c.outputUrl = outputUrl;
        c.outputUrls = outputUrls;
        c.outputType = outputType;
        c.metadata = metadata;
        c.createdAt = createdAt;
        c.completedAt = completedAt;
        c.failedAt = failedAt;
        c.error = error;
        c.creditsRefunded = creditsRefunded;
        c.credits = credits;
        return c;
    }

    /** The job's id (a UUID). */
    public String jobId() {
        return jobId;
    }

    /** The job type, when known (a create's answer does not say it, so the SDK fills it in from the request). */
    public Optional<JobKind> type() {
        return Optional.ofNullable(type);
    }

    /** The status; a response without one reads as the unknown (in progress) status {@code unknown}. */
    public JobStatus status() {
        return status != null ? status : JobStatus.of("unknown");
    }

    /** Apex's message on create (e.g. "Image generation job queued"). */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** The estimated minutes to completion (voice generation reports it on create). */
    public OptionalInt estimatedMinutes() {
        return estimatedMinutes == null ? OptionalInt.empty() : OptionalInt.of(estimatedMinutes);
    }

    /** The (first) output file's signed URL, once completed. */
    public Optional<String> outputUrl() {
        if (outputUrl != null && !outputUrl.isBlank()) {
            return Optional.of(outputUrl);
        }
        return outputUrls().stream().findFirst();
    }

    /**
     * Every output file's URL: {@code outputUrls} when the response lists several (photoshoots and instant ads with a
     * count above one, as far as observed), otherwise {@code outputUrl} alone; empty before completion.
     */
    public List<String> outputUrls() {
        List<String> urls = new ArrayList<>();
        if (outputUrls != null) {
            outputUrls.stream().filter(u -> u != null && !u.isBlank()).forEach(urls::add);
        }
        if (urls.isEmpty() && outputUrl != null && !outputUrl.isBlank()) {
            urls.add(outputUrl);
        }
        return Collections.unmodifiableList(urls);
    }

    /** The output's MIME type, e.g. {@code image/png}, {@code video/mp4}, {@code audio/wav}. */
    public Optional<String> outputType() {
        return Optional.ofNullable(outputType);
    }

    /** The type-specific metadata (empty before completion). */
    public JobMetadata metadata() {
        return metadata != null ? metadata : JobMetadata.empty();
    }

    /** When the job was created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** When the job completed. */
    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    /** When the job failed. */
    public Optional<Instant> failedAt() {
        return Optional.ofNullable(failedAt);
    }

    /** Why a failed job failed (a generic message; Apex never exposes internal details). */
    public Optional<String> error() {
        if (error == null) {
            return Optional.empty();
        }
        if (error instanceof java.util.Map) {
            Object text = ((java.util.Map<?, ?>) error).get("message");
            return Optional.ofNullable(text == null ? error.toString() : text.toString());
        }
        String text = error.toString();
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** The credits given back after a failure. */
    public OptionalLong creditsRefunded() {
        return creditsRefunded == null ? OptionalLong.empty() : OptionalLong.of(creditsRefunded);
    }

    /**
     * What the job costs: the amount Apex reports when it does, otherwise the documented price of its type (an
     * instant ad's 500 to 1,250 range is narrowed by {@code metadata.variationCount}: 500 plus 250 per further
     * variation, the SDK's reading of the range). Empty when the type is unknown. A failed job's credits are refunded.
     */
    public OptionalLong creditCost() {
        if (credits != null) {
            return OptionalLong.of(credits);
        }
        if (type == null) {
            return OptionalLong.empty();
        }
        if (type.equals(JobKind.INSTANT_AD)) {
            OptionalInt variations = metadata().variationCount();
            return variations.isPresent() ? OptionalLong.of(500 + 250L * (Math.max(1, variations.getAsInt()) - 1))
                    : OptionalLong.empty();
        }
        return ApexCosts.standard().find(type).map(CreditCost::exact).orElse(OptionalLong.empty());
    }

    /** Whether the job completed with output. */
    public boolean isCompleted() {
        return status().isCompleted();
    }

    /** Whether the job failed. */
    public boolean isFailed() {
        return status().isFailed();
    }

    @Override
    public String toString() {
        return "Job{jobId=" + jobId + ", type=" + type + ", status=" + status() + ", outputs=" + outputUrls().size()
                + (isFailed() ? ", error=" + error().orElse(null) : "") + "}";
    }
}
