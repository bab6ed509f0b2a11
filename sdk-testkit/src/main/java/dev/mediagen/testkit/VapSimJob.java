package dev.mediagen.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One simulated task or operation: what was asked, what it costs, how it progresses, and what it produces. */
final class VapSimJob {
    private static final DateTimeFormatter LOCAL_MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    /** Whether the job is a generation task or a media operation. */
    enum Kind { TASK, OPERATION }

    /** The kind of media a job produces. */
    enum Media { IMAGE, VIDEO, MUSIC }

    final Kind kind;
    final String id;
    final String type;
    final Media media;
    final VapSimAgent agent;
    final BigDecimal cost;
    final Progression progression;
    final String callbackUrl;
    final Map<String, Object> params;
    final int seed;
    boolean settled;

    VapSimJob(Kind kind, String id, String type, Media media, VapSimAgent agent, BigDecimal cost, Progression progression,
              String callbackUrl, Map<String, Object> params, int seed) {
        this.kind = kind;
        this.id = id;
        this.type = type;
        this.media = media;
        this.agent = agent;
        this.cost = cost;
        this.progression = progression;
        this.callbackUrl = callbackUrl;
        this.params = params;
        this.seed = seed;
    }

    /** The phases of a job of {@code media} ending in {@code terminal}. */
    static Progression progression(Kind kind, Media media, Instant start, String terminal) {
        if (kind == Kind.OPERATION) {
            Duration work = media == Media.VIDEO ? Duration.ofSeconds(8) : Duration.ofSeconds(4);
            return Progression.start(start).then("pending", Duration.ofSeconds(1)).then("queued", Duration.ofSeconds(1))
                    .then("processing", work).end(terminal);
        }
        switch (media) {
            case VIDEO:
                return phases(start, 2, 5, 30, 30).end(terminal);
            case MUSIC:
                return phases(start, 2, 3, 20, 15).end(terminal);
            default:
                return phases(start, 1, 2, 4, 8).end(terminal);
        }
    }

    private static Progression.Builder phases(Instant start, int pending, int queued, int executing, int processing) {
        return Progression.start(start).then("pending", Duration.ofSeconds(pending))
                .then("queued", Duration.ofSeconds(queued)).then("executing", Duration.ofSeconds(executing))
                .then("processing", Duration.ofSeconds(processing));
    }

    String status(Instant now) {
        return progression.statusAt(now);
    }

    boolean finished(Instant now) {
        return progression.isFinished(now);
    }

    boolean failed() {
        return progression.terminal().equals("failed");
    }

    /** The {@code result} object a completed job reports, with URLs served by the simulator at {@code baseUrl}. */
    Map<String, Object> result(String baseUrl) {
        String prefix = baseUrl + "/media/" + id + "/";
        Map<String, Object> result = new LinkedHashMap<>();
        switch (media) {
            case VIDEO:
                result.put("video_url", prefix + "output.mp4");
                result.put("output_url", prefix + "output.mp4");
                break;
            case MUSIC:
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("audio_url", prefix + "track.wav");
                item.put("image_url", prefix + "cover.png");
                item.put("title", params.getOrDefault("title", "Untitled"));
                item.put("duration", params.getOrDefault("duration", 120));
                result.put("items", List.of(item));
                break;
            default:
                result.put("image_url", prefix + "output.png");
                result.put("output_url", prefix + "output.png");
        }
        return result;
    }

    /** The job as {@code GET /v3/tasks/{id}} or {@code GET /v3/operations/{id}} shows it at {@code now}. */
    Map<String, Object> toJson(Instant now, String baseUrl) {
        String status = status(now);
        boolean done = finished(now);
        Map<String, Object> json = new LinkedHashMap<>();
        if (kind == Kind.TASK) {
            json.put("task_id", id);
            json.put("status", status);
            json.put("type", type);
            json.put("priority", "normal");
        } else {
            json.put("operation_id", id);
            json.put("operation", type);
            json.put("status", status);
        }
        json.put("created_at", local(progression.startedAt()));
        json.put("completed_at", done ? local(progression.finishedAt()) : null);
        json.put("estimated_cost", money(cost));
        json.put("actual_cost", done ? money(failed() ? BigDecimal.ZERO : cost) : null);
        json.put("result", done && !failed() ? result(baseUrl) : null);
        json.put("status_message", statusMessage(status));
        if (done && failed()) {
            json.put("error_message", failureMessage());
        }
        return json;
    }

    /** The body of the create response. */
    Map<String, Object> accepted() {
        Map<String, Object> json = new LinkedHashMap<>();
        if (kind == Kind.TASK) {
            json.put("task_id", id);
            json.put("status", "pending");
            json.put("type", type);
        } else {
            json.put("operation_id", id);
            json.put("operation", type);
            json.put("status", "pending");
        }
        json.put("estimated_cost", money(cost));
        json.put("reserved_amount", money(cost));
        json.put("message", (kind == Kind.TASK ? "Task" : "Operation") + " accepted, balance reserved");
        return json;
    }

    String failureMessage() {
        return "Provider returned an error after 3 attempts";
    }

    private String statusMessage(String status) {
        switch (status) {
            case "pending":
                return "Accepted, balance reserved";
            case "queued":
                return "Waiting for a worker";
            case "executing":
                return "Sent to the provider";
            case "processing":
                return "Generating";
            case "completed":
                return media == Media.IMAGE ? "Image generated successfully"
                        : media == Media.VIDEO ? "Video generated successfully" : "Music generated successfully";
            default:
                return "Failed; the reserved amount was refunded";
        }
    }

    static String money(BigDecimal amount) {
        return amount.setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    static String local(Instant instant) {
        return LOCAL_MICROS.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
