package dev.mediagen.vap;

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
import java.util.Map;

/**
 * Reads VAP's error bodies in all three shapes it uses: the documented {@code {error: {code, message, details}}},
 * the flat {@code {error: "...", retry_after, balance, required, ...}} of its SDK, and FastAPI's {@code {detail}}.
 */
final class VapErrorDecoder implements ErrorDecoder {
    private static final List<String> FLAT_EXTRAS = List.of("retry_after", "limit_type", "balance", "required",
            "available", "errors", "task_id", "operation_id");

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
        VendorError.Builder error = VendorError.builder();
        String code = null;
        String message = null;
        JsonNode amounts = root;
        JsonNode envelope = root.path("error");
        if (envelope.isObject()) {
            code = JsonFields.firstText(envelope, "code");
            message = JsonFields.firstText(envelope, "message");
            JsonNode details = envelope.path("details");
            if (details.isObject()) {
                extras(error, details);
                amounts = details;
            }
        } else if (envelope.isTextual()) {
            String value = envelope.asText();
            code = VapErrorCodes.looksLikeCode(value) ? value : null;
            message = JsonFields.firstText(root, "message", "detail");
            if (message == null) {
                message = value;
            }
            for (String name : FLAT_EXTRAS) {
                extra(error, name, root.get(name));
            }
        } else if (root.has("detail")) {
            JsonNode detail = root.get("detail");
            if (detail.isTextual()) {
                message = detail.asText();
            } else if (detail.isObject()) {
                code = JsonFields.firstText(detail, "code", "error", "type");
                message = JsonFields.firstText(detail, "message", "msg", "detail");
                extras(error, detail);
                amounts = detail;
            } else if (detail.isArray()) {
                message = validationMessages(detail);
                extra(error, "errors", detail);
            }
        } else {
            code = JsonFields.firstText(root, "code");
            message = JsonFields.firstText(root, "message");
        }
        if (code == null && message != null && VapErrorCodes.looksLikeCode(message)
                && VapErrorCodes.kindForCode(message) != null) {
            code = message;
        }
        error.code(code).message(message);
        ErrorKind kind = kindFor(code, message, response.statusCode());
        if (kind != null) {
            error.kind(kind);
        }
        if (kind == ErrorKind.INSUFFICIENT_CREDITS || response.statusCode() == 402) {
            error.credits(JsonFields.firstDecimal(amounts, "required"), JsonFields.firstDecimal(amounts, "available", "balance"));
        }
        return error.build();
    }

    private static ErrorKind kindFor(String code, String message, int status) {
        if (status < 400 || status >= 500) {
            return null;
        }
        ErrorKind byCode = VapErrorCodes.kindForCode(code);
        if (byCode != null) {
            return byCode;
        }
        ErrorKind byText = VapErrorCodes.kindForText(message);
        return byText == ErrorKind.INSUFFICIENT_CREDITS ? byText : null;
    }

    private static void extras(VendorError.Builder error, JsonNode object) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            extra(error, field.getKey(), field.getValue());
        }
    }

    private static void extra(VendorError.Builder error, String name, JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        if (value.isTextual()) {
            error.extra(name, value.asText());
        } else if (value.isIntegralNumber()) {
            error.extra(name, value.asLong());
        } else if (value.isNumber()) {
            error.extra(name, value.decimalValue());
        } else if (value.isBoolean()) {
            error.extra(name, value.asBoolean());
        } else {
            error.extra(name, Json.snakeCase().convertValue(value, Object.class));
        }
    }

    private static String validationMessages(JsonNode items) {
        List<String> messages = new ArrayList<>();
        for (JsonNode item : items) {
            String msg = JsonFields.firstText(item, "msg", "message");
            if (msg == null) {
                continue;
            }
            JsonNode loc = item.path("loc");
            if (loc.isArray() && loc.size() > 0) {
                List<String> path = new ArrayList<>();
                loc.forEach(part -> path.add(part.asText()));
                msg = String.join(".", path) + ": " + msg;
            }
            messages.add(msg);
        }
        return messages.isEmpty() ? null : String.join("; ", messages);
    }



}
