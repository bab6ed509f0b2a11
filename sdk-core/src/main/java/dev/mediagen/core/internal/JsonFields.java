package dev.mediagen.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;

/** Lenient reads of loosely specified JSON (error bodies, envelopes): never throws, absent means null. */
public final class JsonFields {
    private JsonFields() {
    }

    /** The body parsed as a JSON object, or null when it is empty, not JSON, or not an object. */
    public static JsonNode object(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode root = Json.snakeCase().readTree(body);
            return root != null && root.isObject() ? root : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The first of {@code names} that holds a non-blank string or number, as text; null when none does. */
    public static String firstText(JsonNode node, String... names) {
        if (node == null) {
            return null;
        }
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && (value.isTextual() || value.isNumber()) && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    /** The first of {@code names} that holds a number or a numeric string, exactly; null when none does. */
    public static BigDecimal firstDecimal(JsonNode node, String... names) {
        if (node == null) {
            return null;
        }
        for (String name : names) {
            BigDecimal value = decimal(node.get(name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The node as a number (numeric strings included), or null. */
    public static BigDecimal decimal(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isTextual()) {
            try {
                return new BigDecimal(value.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
