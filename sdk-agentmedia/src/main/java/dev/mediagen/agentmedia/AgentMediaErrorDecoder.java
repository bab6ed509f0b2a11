package dev.mediagen.agentmedia;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediagen.core.internal.ErrorDecoder;
import dev.mediagen.core.internal.ErrorKind;
import dev.mediagen.core.internal.HttpResponse;
import dev.mediagen.core.internal.Json;
import dev.mediagen.core.internal.JsonFields;
import dev.mediagen.core.internal.VendorError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads agent-media's error bodies: the documented {@code {error:{code,message,type}}}, api-v2's
 * {@code {error:{code,message,details}}} (UPPER_SNAKE codes), and an edge function's raw
 * {@code {error, error_description}}. The code picks the exception type; the status decides when the code is unknown.
 */
final class AgentMediaErrorDecoder implements ErrorDecoder {
    private static final Pattern SUGGESTIONS = Pattern.compile("Did you mean:?\\s*([^?]+)\\?", Pattern.CASE_INSENSITIVE);
    private static final Map<String, ErrorKind> KINDS = Map.ofEntries(
            Map.entry("missing_api_key", ErrorKind.AUTHENTICATION),
            Map.entry("invalid_api_key", ErrorKind.AUTHENTICATION),
            Map.entry("unauthorized", ErrorKind.AUTHENTICATION),
            Map.entry("invalid_json", ErrorKind.VALIDATION),
            Map.entry("missing_script", ErrorKind.VALIDATION),
            Map.entry("cta_too_long", ErrorKind.VALIDATION),
            Map.entry("script_too_long", ErrorKind.VALIDATION),
            Map.entry("validation_error", ErrorKind.VALIDATION),
            Map.entry("invalid_request", ErrorKind.VALIDATION),
            Map.entry("invalid_url", ErrorKind.VALIDATION),
            Map.entry("body_too_large", ErrorKind.VALIDATION),
            Map.entry("file_too_large", ErrorKind.VALIDATION),
            Map.entry("job_not_found", ErrorKind.NOT_FOUND),
            Map.entry("actor_not_found", ErrorKind.NOT_FOUND),
            Map.entry("generator_not_found", ErrorKind.NOT_FOUND),
            Map.entry("not_found", ErrorKind.NOT_FOUND),
            Map.entry("cannot_cancel", ErrorKind.CONFLICT),
            Map.entry("plan_required", ErrorKind.PERMISSION_DENIED),
            Map.entry("plan_limit", ErrorKind.PERMISSION_DENIED),
            Map.entry("insufficient_credits", ErrorKind.INSUFFICIENT_CREDITS),
            Map.entry("rate_limited", ErrorKind.RATE_LIMIT),
            Map.entry("rate_limit_exceeded", ErrorKind.RATE_LIMIT),
            Map.entry("rate_limit_error", ErrorKind.RATE_LIMIT),
            Map.entry("too_many_active_videos", ErrorKind.RATE_LIMIT),
            Map.entry("edge_function_unreachable", ErrorKind.SERVER),
            Map.entry("edge_function_error", ErrorKind.SERVER),
            Map.entry("upstream_unreachable", ErrorKind.SERVER),
            Map.entry("upstream_error", ErrorKind.SERVER),
            Map.entry("server_error", ErrorKind.SERVER),
            Map.entry("server_not_configured", ErrorKind.SERVER),
            Map.entry("internal_error", ErrorKind.SERVER),
            Map.entry("database_error", ErrorKind.SERVER),
            Map.entry("dispatch_error", ErrorKind.SERVER));

    @Override
    public VendorError decode(HttpResponse response) {
        JsonNode root;
        try {
            root = Json.snakeCase().readTree(response.body());
        } catch (Exception e) {
            return VendorError.EMPTY;
        }
        if (root == null || !root.isObject()) {
            return VendorError.EMPTY;
        }
        JsonNode error = root.path("error");
        VendorError.Builder b = VendorError.builder();
        String code;
        String message;
        JsonNode fields;
        if (error.isObject()) {
            code = JsonFields.firstText(error, "code");
            message = JsonFields.firstText(error, "message");
            b.extra("type", JsonFields.firstText(error, "type"));
            fields = error;
        } else {
            code = error.isTextual() ? error.asText() : JsonFields.firstText(root, "code");
            message = JsonFields.firstText(root, "error_description", "message");
            if (message == null) {
                message = code;
            }
            fields = root;
        }
        b.code(code).message(message);
        ErrorKind kind = kindOf(code);
        if (kind == null && code == null) {
            kind = kindOf(JsonFields.firstText(fields, "type"));
        }
        b.kind(kind);
        JsonNode details = fields.get("details");
        if (details != null && !details.isNull()) {
            b.extra("details", Json.snakeCase().convertValue(details, Object.class));
        }
        b.extra("active", number(fields, "active")).extra("limit", number(fields, "limit"));
        if (details != null && details.isObject()) {
            b.extra("active", number(details, "active")).extra("limit", number(details, "limit"));
        }
        b.extra("word_count", number(fields, "word_count")).extra("max_words", number(fields, "max_words"));
        BigDecimal required = number(fields, "credits_required");
        BigDecimal available = number(fields, "credits_available");
        if (required != null || available != null) {
            b.credits(required, available);
        }
        List<String> suggestions = suggestions(message);
        if (!suggestions.isEmpty()) {
            b.extra("suggestions", suggestions);
        }
        return b.build();
    }

    static ErrorKind kindOf(String code) {
        return code == null ? null : KINDS.get(code.toLowerCase(Locale.ROOT));
    }

    /** The slugs listed after "Did you mean:" in an actor 404 message. */
    static List<String> suggestions(String message) {
        List<String> found = new ArrayList<>();
        if (message == null) {
            return found;
        }
        Matcher m = SUGGESTIONS.matcher(message);
        if (m.find()) {
            for (String part : m.group(1).split(",")) {
                String slug = part.trim().replaceAll("^['\"]|['\"]$", "");
                if (!slug.isEmpty()) {
                    found.add(slug);
                }
            }
        }
        return found;
    }



    private static BigDecimal number(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }
}
