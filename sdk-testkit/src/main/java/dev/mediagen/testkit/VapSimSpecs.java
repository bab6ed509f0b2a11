package dev.mediagen.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and validates create bodies the way VAP does, with its error codes and prices. */
final class VapSimSpecs {
    static final Set<String> IMAGE_RATIOS = Set.of("1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "21:9", "9:21");
    static final Map<String, BigDecimal> OPERATION_PRICES = Map.of(
            "inpaint", new BigDecimal("0.15"), "ai_edit", new BigDecimal("0.15"),
            "background_remove", new BigDecimal("0.10"), "upscale", new BigDecimal("0.15"),
            "video_trim", new BigDecimal("0.05"), "video_merge", new BigDecimal("0.05"));
    static final BigDecimal IMAGE_PRICE = new BigDecimal("0.18");
    static final BigDecimal VIDEO_PRICE = new BigDecimal("1.96");
    static final BigDecimal MUSIC_PRICE = new BigDecimal("0.68");

    private VapSimSpecs() {
    }

    /** A validated {@code POST /v3/tasks} body. */
    static final class TaskSpec {
        final String type;
        final VapSimJob.Media media;
        final Map<String, Object> params;
        final BigDecimal cost;
        final String callbackUrl;
        final String idempotencyKey;

        TaskSpec(String type, VapSimJob.Media media, Map<String, Object> params, BigDecimal cost, String callbackUrl,
                 String idempotencyKey) {
            this.type = type;
            this.media = media;
            this.params = params;
            this.cost = cost;
            this.callbackUrl = callbackUrl;
            this.idempotencyKey = idempotencyKey;
        }
    }

    /** A validated {@code POST /v3/operations} body. */
    static final class OperationSpec {
        final String operation;
        final VapSimJob.Media media;
        final Map<String, Object> params;
        final BigDecimal cost;
        final String callbackUrl;
        final String idempotencyKey;

        OperationSpec(String operation, VapSimJob.Media media, Map<String, Object> params, BigDecimal cost,
                      String callbackUrl, String idempotencyKey) {
            this.operation = operation;
            this.media = media;
            this.params = params;
            this.cost = cost;
            this.callbackUrl = callbackUrl;
            this.idempotencyKey = idempotencyKey;
        }
    }

    static String idempotencyKey(JsonNode body) {
        JsonNode key = body.path("idempotency_key");
        if (key.isMissingNode() || key.isNull()) {
            return null;
        }
        if (!key.isTextual() || key.asText().isBlank()) {
            throw VapSimError.invalid("idempotency_key", "idempotency_key must be a non-empty string");
        }
        return key.asText();
    }

    static TaskSpec task(JsonNode body) {
        requireObject(body);
        String type = normalizeType(body.path("type"));
        JsonNode params = body.path("params");
        if (!params.isObject()) {
            throw VapSimError.invalid("params", "params must be an object");
        }
        JsonNode description = params.path("description");
        if (!description.isTextual() || description.asText().isBlank()) {
            throw new VapSimError(400, "invalid_description", "description is required and must not be empty");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("description", description.asText());
        VapSimJob.Media media;
        BigDecimal cost;
        switch (type) {
            case "video_generation":
                media = VapSimJob.Media.VIDEO;
                cost = VIDEO_PRICE;
                oneOf(params, "duration", values, Set.of(4, 6, 8));
                oneOf(params, "aspect_ratio", values, Set.of("16:9", "9:16"));
                bool(params, "generate_audio", values);
                oneOf(params, "resolution", values, Set.of("720p", "1080p"));
                text(params, "negative_prompt", values, 2000);
                break;
            case "music_generation":
                media = VapSimJob.Media.MUSIC;
                cost = MUSIC_PRICE;
                JsonNode duration = params.path("duration");
                if (!duration.isMissingNode() && !duration.isNull()) {
                    if (!duration.canConvertToInt() || !duration.isIntegralNumber() || duration.asInt() < 30
                            || duration.asInt() > 480) {
                        throw VapSimError.invalid("params.duration", "duration must be an integer from 30 to 480");
                    }
                    values.put("duration", duration.asInt());
                }
                bool(params, "instrumental", values);
                oneOf(params, "audio_format", values, Set.of("mp3", "wav"));
                oneOf(params, "loudness_preset", values, Set.of("streaming", "apple", "broadcast"));
                text(params, "style", values, 1000);
                text(params, "title", values, 200);
                bool(params, "custom_mode", values);
                break;
            default:
                media = VapSimJob.Media.IMAGE;
                oneOf(params, "aspect_ratio", values, IMAGE_RATIOS);
                oneOf(params, "quality", values, Set.of("standard", "high"));
                cost = "high".equals(values.get("quality")) ? IMAGE_PRICE.multiply(new BigDecimal("1.5")) : IMAGE_PRICE;
        }
        return new TaskSpec(type, media, values, cost, callbackUrl(body), idempotencyKey(body));
    }

    static OperationSpec operation(JsonNode body) {
        requireObject(body);
        JsonNode op = body.path("operation");
        if (!op.isTextual() || !OPERATION_PRICES.containsKey(op.asText())) {
            throw new VapSimError(400, "invalid_operation", "operation must be one of " + OPERATION_PRICES.keySet());
        }
        String operation = op.asText();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("media_url", url(body.path("media_url"), "media_url"));
        JsonNode options = body.path("options");
        if (!options.isMissingNode() && !options.isNull() && !options.isObject()) {
            throw VapSimError.invalid("options", "options must be an object");
        }
        VapSimJob.Media media = VapSimJob.Media.IMAGE;
        switch (operation) {
            case "inpaint":
            case "ai_edit":
                JsonNode prompt = body.path("prompt");
                if (!prompt.isTextual() || prompt.asText().isBlank()) {
                    throw VapSimError.invalid("prompt", operation + " needs a prompt");
                }
                values.put("prompt", prompt.asText());
                if (body.hasNonNull("mask_url")) {
                    values.put("mask_url", url(body.path("mask_url"), "mask_url"));
                }
                JsonNode extra = options.path("additional_images");
                if (!extra.isMissingNode() && !extra.isNull()) {
                    List<String> urls = urls(extra, "options.additional_images");
                    if (urls.size() > 2) {
                        throw VapSimError.invalid("options.additional_images", "at most 2 additional_images");
                    }
                    values.put("additional_images", urls);
                }
                break;
            case "upscale":
                JsonNode scale = options.path("scale");
                if (!scale.isIntegralNumber() || (scale.asInt() != 2 && scale.asInt() != 4)) {
                    throw VapSimError.invalid("options.scale", "options.scale must be 2 or 4");
                }
                values.put("scale", scale.asInt());
                break;
            case "video_trim":
                media = VapSimJob.Media.VIDEO;
                JsonNode start = options.path("start_time");
                JsonNode end = options.path("end_time");
                if (!start.isNumber() || !end.isNumber() || start.asDouble() < 0 || start.asDouble() >= end.asDouble()) {
                    throw VapSimError.invalid("options", "options.start_time must be >= 0 and before options.end_time");
                }
                values.put("start_time", start.numberValue());
                values.put("end_time", end.numberValue());
                break;
            case "video_merge":
                media = VapSimJob.Media.VIDEO;
                List<String> clips = urls(options.path("media_urls"), "options.media_urls");
                if (clips.size() < 2) {
                    throw VapSimError.invalid("options.media_urls", "video_merge needs at least 2 media_urls");
                }
                values.put("media_urls", clips);
                break;
            default:
                break;
        }
        return new OperationSpec(operation, media, values, OPERATION_PRICES.get(operation), callbackUrl(body),
                idempotencyKey(body));
    }

    private static void requireObject(JsonNode body) {
        if (!body.isObject()) {
            throw new VapSimError(400, "invalid_request", "The request body must be a JSON object");
        }
    }

    private static String normalizeType(JsonNode type) {
        String value = type.isTextual() ? type.asText() : "";
        switch (value) {
            case "image":
            case "image_generation":
                return "image_generation";
            case "video":
            case "video_generation":
                return "video_generation";
            case "music":
            case "music_generation":
                return "music_generation";
            default:
                throw new VapSimError(400, "invalid_task_type",
                        "type must be image_generation, video_generation or music_generation");
        }
    }

    private static String callbackUrl(JsonNode body) {
        JsonNode url = body.hasNonNull("callback_url") ? body.get("callback_url") : body.path("webhook_url");
        return url.isMissingNode() || url.isNull() ? null : url(url, "callback_url");
    }

    private static void oneOf(JsonNode params, String field, Map<String, Object> values, Set<?> allowed) {
        JsonNode value = params.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        Object plain = value.isIntegralNumber() ? (Object) value.asInt() : value.isTextual() ? value.asText() : null;
        if (plain == null || !allowed.contains(plain)) {
            throw VapSimError.invalid("params." + field, field + " must be one of " + allowed);
        }
        values.put(field, plain);
    }

    private static void bool(JsonNode params, String field, Map<String, Object> values) {
        JsonNode value = params.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        if (!value.isBoolean()) {
            throw VapSimError.invalid("params." + field, field + " must be a boolean");
        }
        values.put(field, value.asBoolean());
    }

    private static void text(JsonNode params, String field, Map<String, Object> values, int max) {
        JsonNode value = params.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        if (!value.isTextual() || value.asText().length() > max) {
            throw VapSimError.invalid("params." + field, field + " must be a string of at most " + max + " characters");
        }
        values.put(field, value.asText());
    }

    private static String url(JsonNode node, String field) {
        if (!node.isTextual()) {
            throw VapSimError.invalid(field, field + " is required");
        }
        try {
            URI uri = URI.create(node.asText());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                throw VapSimError.invalid(field, field + " must be an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            throw VapSimError.invalid(field, field + " is not a valid URL");
        }
        return node.asText();
    }

    private static List<String> urls(JsonNode node, String field) {
        if (!node.isArray()) {
            throw VapSimError.invalid(field, field + " must be an array of URLs");
        }
        List<String> urls = new java.util.ArrayList<>();
        for (JsonNode item : node) {
            urls.add(url(item, field));
        }
        return urls;
    }
}
