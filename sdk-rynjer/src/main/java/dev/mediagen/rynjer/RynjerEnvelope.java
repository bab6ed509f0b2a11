package dev.mediagen.rynjer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediagen.core.internal.ErrorKind;
import dev.mediagen.core.internal.ExceptionFactory;
import dev.mediagen.core.internal.HttpResponse;
import dev.mediagen.core.internal.JsonFields;
import dev.mediagen.core.internal.ResponseHandler;
import dev.mediagen.core.internal.ServerHints;
import dev.mediagen.core.internal.VendorError;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads Rynjer's {@code {code, message, data}} envelope. A business error can arrive inside a 2xx envelope
 * ({@code code: 0} with {@code data.error}, as in the seed's {@code insufficient_credits} example); it is thrown
 * as the same typed exception an HTTP error of that meaning would be.
 *
 * <p>A {@code data} object that has a {@code status} is a generation (whose {@code error} describes a failed job),
 * never an envelope error.
 */
final class RynjerEnvelope {
    private static final ObjectMapper JSON = RynjerProfile.PROFILE.json();
    private static final Map<String, ErrorKind> KINDS = Map.ofEntries(
            Map.entry("insufficient_credits", ErrorKind.INSUFFICIENT_CREDITS),
            Map.entry("insufficient_balance", ErrorKind.INSUFFICIENT_CREDITS),
            Map.entry("payment_required", ErrorKind.INSUFFICIENT_CREDITS),
            Map.entry("unauthorized", ErrorKind.AUTHENTICATION),
            Map.entry("unauthenticated", ErrorKind.AUTHENTICATION),
            Map.entry("invalid_token", ErrorKind.AUTHENTICATION),
            Map.entry("token_expired", ErrorKind.AUTHENTICATION),
            Map.entry("invalid_api_key", ErrorKind.AUTHENTICATION),
            Map.entry("invalid_identity_token", ErrorKind.AUTHENTICATION),
            Map.entry("missing_identity_token", ErrorKind.AUTHENTICATION),
            Map.entry("forbidden", ErrorKind.PERMISSION_DENIED),
            Map.entry("permission_denied", ErrorKind.PERMISSION_DENIED),
            Map.entry("access_denied", ErrorKind.PERMISSION_DENIED),
            Map.entry("scope_not_allowed", ErrorKind.PERMISSION_DENIED),
            Map.entry("not_found", ErrorKind.NOT_FOUND),
            Map.entry("invalid_request", ErrorKind.VALIDATION),
            Map.entry("validation_error", ErrorKind.VALIDATION),
            Map.entry("bad_request", ErrorKind.VALIDATION),
            Map.entry("unknown_model", ErrorKind.VALIDATION),
            Map.entry("invalid_model", ErrorKind.VALIDATION),
            Map.entry("conflict", ErrorKind.CONFLICT),
            Map.entry("rate_limited", ErrorKind.RATE_LIMIT),
            Map.entry("too_many_requests", ErrorKind.RATE_LIMIT),
            Map.entry("internal_error", ErrorKind.SERVER),
            Map.entry("server_error", ErrorKind.SERVER));

    private RynjerEnvelope() {
    }

    /** A handler that unwraps {@code data} and binds it to {@code type}. */
    static <T> ResponseHandler<T> data(Class<T> type) {
        return data(node -> {
            try {
                return JSON.treeToValue(node, type);
            } catch (IOException e) {
                throw new IllegalArgumentException("Could not read " + type.getSimpleName() + ": " + e.getMessage(), e);
            }
        });
    }

    /** A handler that unwraps {@code data} and reads it with {@code reader}. */
    static <T> ResponseHandler<T> data(Function<JsonNode, T> reader) {
        return response -> {
            JsonNode root = JSON.readTree(response.body());
            if (root == null || !root.isObject()) {
                throw new IllegalStateException("the response is not a JSON object");
            }
            if (isError(root)) {
                String requestId = ServerHints.requestId(response.headers(), RynjerProfile.PROFILE.requestIdHeaders());
                throw ExceptionFactory.fromEnvelope(RynjerProfile.NAME, response, decode(root), requestId);
            }
            JsonNode data = root.has("data") || root.has("code") ? root.get("data") : root;
            if (data == null || data.isNull() || data.isMissingNode()) {
                throw new IllegalStateException("the response envelope has no data");
            }
            return reader.apply(data);
        };
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

    /** Whether a 2xx body reports an error: a non-zero code, {@code data.error} on a non-job, or a bare error. */
    static boolean isError(JsonNode root) {
        JsonNode code = root.get("code");
        if (code != null && !code.isNull() && !isOkCode(code)) {
            return true;
        }
        if (root.path("success").isBoolean() && !root.path("success").asBoolean()) {
            return true;
        }
        JsonNode data = root.get("data");
        if (data != null && data.isObject()) {
            return hasError(data) && !data.has("status");
        }
        return hasError(root) && (data == null || data.isNull());
    }

    private static boolean isOkCode(JsonNode code) {
        if (code.isNumber()) {
            int value = code.asInt();
            return value == 0 || (value >= 200 && value < 300);
        }
        String text = code.asText().trim().toLowerCase(Locale.ROOT);
        return text.isEmpty() || text.equals("0") || text.equals("ok") || text.equals("success")
                || text.matches("2\\d\\d");
    }

    private static boolean hasError(JsonNode node) {
        JsonNode error = node.get("error");
        return error != null && !error.isNull() && !(error.isBoolean() && !error.asBoolean())
                && !(error.isTextual() && error.asText().isBlank());
    }

    /** Reads code, message, kind, credit amounts and extras from an envelope (or a bare error body). */
    static VendorError decode(JsonNode root) {
        JsonNode data = root.path("data");
        JsonNode holder = hasError(data) ? data : hasError(root) ? root : data;
        JsonNode error = holder.path("error");
        String code = null;
        String message = null;
        if (error.isTextual()) {
            code = error.asText();
        } else if (error.isObject()) {
            code = JsonFields.firstText(error, "code", "type");
            message = JsonFields.firstText(error, "message", "detail");
        }
        if (message == null) {
            message = JsonFields.firstText(holder, "message", "detail", "error_message");
        }
        if (message == null && holder != root) {
            String envelopeMessage = JsonFields.firstText(root, "message");
            if (envelopeMessage != null && !isOkMessage(envelopeMessage)) {
                message = envelopeMessage;
            }
        }
        JsonNode envelopeCode = root.get("code");
        if (code == null && envelopeCode != null && !envelopeCode.isNull() && !isOkCode(envelopeCode)) {
            code = envelopeCode.asText();
        }
        BigDecimal required = JsonFields.decimal(holder.get("required"));
        BigDecimal available = JsonFields.decimal(holder.get("available"));
        String suggestion = JsonFields.firstText(holder, "suggestion");
        if (message == null && (required != null || available != null)) {
            message = "Insufficient credits: " + (required == null ? "?" : required.toPlainString()) + " required, "
                    + (available == null ? "?" : available.toPlainString()) + " available";
        }
        if (suggestion != null) {
            message = message == null ? suggestion : message + ". " + suggestion;
        }
        return VendorError.builder()
                .code(code)
                .message(message)
                .kind(kind(code, envelopeCode))
                .credits(required, available)
                .extra("required", required)
                .extra("available", available)
                .extra("suggestion", suggestion)
                .build();
    }

    private static ErrorKind kind(String code, JsonNode envelopeCode) {
        if (code != null) {
            ErrorKind known = KINDS.get(code.trim().toLowerCase(Locale.ROOT));
            if (known != null) {
                return known;
            }
        }
        if (envelopeCode != null && envelopeCode.canConvertToInt()) {
            int status = envelopeCode.asInt();
            if (status >= 400 && status < 600) {
                return ErrorKind.forStatus(status);
            }
        } else if (envelopeCode != null && envelopeCode.isTextual() && envelopeCode.asText().matches("[45]\\d\\d")) {
            return ErrorKind.forStatus(Integer.parseInt(envelopeCode.asText()));
        }
        return null;
    }

    private static boolean isOkMessage(String message) {
        String m = message.trim().toLowerCase(Locale.ROOT);
        return m.equals("ok") || m.equals("success");
    }


}
