package dev.mediagen.apex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediagen.core.internal.ErrorKind;
import dev.mediagen.core.internal.ExceptionFactory;
import dev.mediagen.core.internal.HttpResponse;
import dev.mediagen.core.internal.ResponseHandler;
import dev.mediagen.core.internal.ServerHints;
import dev.mediagen.core.internal.VendorError;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads Apex's envelopes: success is {@code {"data": ...}}, an error is {@code {"error": "...", "code": "..."}}.
 * The documented codes select the exception: {@code BAD_REQUEST} validation, {@code UNAUTHORIZED} authentication,
 * {@code PAYMENT_REQUIRED} insufficient credits, {@code FORBIDDEN} permission denied, {@code RATE_LIMITED} rate
 * limit, {@code INTERNAL_ERROR} and {@code SERVICE_UNAVAILABLE} server errors.
 */
final class ApexEnvelope {
    private static final ObjectMapper JSON = ApexProfile.PROFILE.json();
    private static final Map<String, ErrorKind> KINDS = Map.ofEntries(
            Map.entry("BAD_REQUEST", ErrorKind.VALIDATION),
            Map.entry("VALIDATION_ERROR", ErrorKind.VALIDATION),
            Map.entry("UNAUTHORIZED", ErrorKind.AUTHENTICATION),
            Map.entry("PAYMENT_REQUIRED", ErrorKind.INSUFFICIENT_CREDITS),
            Map.entry("INSUFFICIENT_CREDITS", ErrorKind.INSUFFICIENT_CREDITS),
            Map.entry("FORBIDDEN", ErrorKind.PERMISSION_DENIED),
            Map.entry("NOT_FOUND", ErrorKind.NOT_FOUND),
            Map.entry("CONFLICT", ErrorKind.CONFLICT),
            Map.entry("RATE_LIMITED", ErrorKind.RATE_LIMIT),
            Map.entry("INTERNAL_ERROR", ErrorKind.SERVER),
            Map.entry("SERVICE_UNAVAILABLE", ErrorKind.SERVER));

    private ApexEnvelope() {
    }

    /** A handler that unwraps {@code data} and binds it to {@code type}. */
    static <T> ResponseHandler<T> data(Class<T> type) {
        return data(node -> bind(node, type));
    }

    /** A handler that unwraps {@code data} (or reads a bare body, as voice cloning answers) and binds it. */
    static <T> ResponseHandler<T> dataOrBare(Class<T> type) {
        return response -> bind(unwrap(response, true), type);
    }

    /** A handler that unwraps {@code data} and reads it with {@code reader}. */
    static <T> ResponseHandler<T> data(Function<JsonNode, T> reader) {
        return response -> reader.apply(unwrap(response, false));
    }

    static <T> T bind(JsonNode node, Class<T> type) {
        try {
            return JSON.treeToValue(node, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("Could not read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode unwrap(HttpResponse response, boolean bareAllowed) throws IOException {
        JsonNode root = JSON.readTree(response.body());
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("the response is not a JSON object");
        }
        JsonNode data = root.get("data");
        if ((data == null || data.isNull()) && isError(root)) {
            String requestId = ServerHints.requestId(response.headers(), ApexProfile.PROFILE.requestIdHeaders());
            throw ExceptionFactory.fromEnvelope(ApexProfile.NAME, response, decode(root), requestId);
        }
        if (data == null || data.isNull()) {
            if (bareAllowed) {
                return root;
            }
            throw new IllegalStateException("the response has no data");
        }
        return data;
    }

    private static boolean isError(JsonNode root) {
        JsonNode error = root.get("error");
        return error != null && !error.isNull() && !(error.isTextual() && error.asText().isBlank());
    }

    /** The error decoder for non-2xx responses; never throws. */
    static VendorError decodeHttpError(HttpResponse response) {
        try {
            JsonNode root = JSON.readTree(response.body());
            if (root == null || !root.isObject()) {
                return VendorError.EMPTY;
            }
            return decode(root);
        } catch (IOException | RuntimeException e) {
            return VendorError.EMPTY;
        }
    }

    /** Reads {@code {error, code}}; an error object ({@code {message, code}}) or validation details are tolerated. */
    static VendorError decode(JsonNode root) {
        JsonNode error = root.path("error");
        String message = null;
        String code = text(root.get("code"));
        if (error.isTextual()) {
            message = error.asText();
        } else if (error.isObject()) {
            message = text(error.get("message"));
            if (code == null) {
                code = text(error.get("code"));
            }
        } else if (!error.isMissingNode() && !error.isNull()) {
            message = error.toString();
        }
        if (message == null) {
            message = text(root.get("message"));
        }
        JsonNode details = root.has("details") ? root.get("details") : root.get("issues");
        ErrorKind kind = code == null ? null : KINDS.get(code.trim().toUpperCase(Locale.ROOT));
        return VendorError.builder()
                .code(code)
                .message(message)
                .kind(kind)
                .extra("details", details == null || details.isNull() ? null : details.toString())
                .build();
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        String value = node.isTextual() ? node.asText() : node.toString();
        return value.isBlank() ? null : value;
    }
}
