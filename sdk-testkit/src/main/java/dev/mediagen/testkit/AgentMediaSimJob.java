package dev.mediagen.testkit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** One simulated {@code generation_jobs} row: its timeline, its cost and what happened to it. */
final class AgentMediaSimJob {
    static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    final String id;
    final String userId;
    final String script;
    final int durationSeconds;
    final long creditCost;
    final String aspectRatio;
    final String webhookUrl;
    final Instant createdAt;
    final Progression progression;
    final Map<String, Object> inputParams;
    String canceledStatus;
    Instant canceledAt;
    Instant deletedAt;
    long fromMonthly;
    long fromPurchased;
    boolean finished;
    boolean refunded;

    AgentMediaSimJob(String id, String userId, String script, int durationSeconds, long creditCost, String aspectRatio,
                     String webhookUrl, Instant createdAt, Progression progression, Map<String, Object> inputParams) {
        this.id = id;
        this.userId = userId;
        this.script = script;
        this.durationSeconds = durationSeconds;
        this.creditCost = creditCost;
        this.aspectRatio = aspectRatio;
        this.webhookUrl = webhookUrl;
        this.createdAt = createdAt;
        this.progression = progression;
        this.inputParams = inputParams;
    }

    String status(Instant now) {
        return canceledStatus != null ? canceledStatus : progression.statusAt(now);
    }

    boolean isTerminal(Instant now) {
        String status = status(now);
        return status.equals("completed") || status.equals("failed") || status.equals("canceled");
    }

    boolean isActive(Instant now) {
        return !isTerminal(now);
    }

    Instant finishedAt() {
        return canceledAt != null ? canceledAt : progression.finishedAt();
    }

    String videoUrl(String mediaBaseUrl) {
        return mediaBaseUrl + "/videos/" + id + ".mp4";
    }

    String thumbnailUrl(String mediaBaseUrl) {
        return mediaBaseUrl + "/thumbnails/" + id + ".png";
    }

    /** The raw row, as {@code select *} returns it. */
    Map<String, Object> row(Instant now, String mediaBaseUrl) {
        String status = status(now);
        boolean completed = status.equals("completed");
        boolean terminal = isTerminal(now);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("user_id", userId);
        row.put("model_slug", "ugc-basic");
        row.put("operation", "ugc_video");
        row.put("status", status);
        row.put("prompt", script.length() > 500 ? script.substring(0, 500) : script);
        row.put("negative_prompt", null);
        row.put("input_media_url", null);
        row.put("duration_seconds", durationSeconds);
        row.put("resolution", resolution());
        row.put("credit_cost", creditCost);
        row.put("provider_cost_usd", durationSeconds * 0.2);
        row.put("provider_job_id", id);
        row.put("provider_slug", "railway");
        row.put("output_media_url", completed ? videoUrl(mediaBaseUrl) : null);
        row.put("output_thumbnail_url", completed ? thumbnailUrl(mediaBaseUrl) : null);
        row.put("error_message", status.equals("failed") ? "Video rendering failed in the media worker. Credits have been refunded."
                : status.equals("canceled") ? "Canceled by user" : null);
        row.put("error_code", status.equals("failed") ? "RENDER_FAILED" : status.equals("canceled") ? "USER_CANCELED" : null);
        row.put("idempotency_key", null);
        row.put("webhook_checkpoint", terminal ? "delivered" : "none");
        row.put("started_at", ISO.format(createdAt));
        row.put("completed_at", terminal ? ISO.format(finishedAt()) : null);
        row.put("deleted_at", deletedAt == null ? null : ISO.format(deletedAt));
        row.put("created_at", ISO.format(createdAt));
        row.put("updated_at", ISO.format(terminal ? finishedAt() : now));
        row.put("input_params", inputParams);
        return row;
    }

    private String resolution() {
        switch (aspectRatio) {
            case "16:9":
                return "1920x1080";
            case "1:1":
                return "1080x1080";
            default:
                return "1080x1920";
        }
    }
}
