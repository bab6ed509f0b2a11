package dev.mediagen.videogen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/** The OpenAPI document (a copy in the test resources) and its {@code x-fern-examples}, used as wire fixtures. */
final class SpecExamples {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode SPEC = load();

    private SpecExamples() {
    }

    static JsonNode spec() {
        return SPEC;
    }

    private static JsonNode load() {
        try (InputStream in = SpecExamples.class.getResourceAsStream("/videogen.openapi.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operation with this {@code operationId}. */
    static JsonNode operation(String operationId) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = SPEC.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (operationId.equals(op.getValue().path("operationId").asText())) {
                    return op.getValue();
                }
            }
        }
        throw new IllegalArgumentException("no operation " + operationId);
    }

    /** The example request body of an operation. */
    static JsonNode request(String operationId, int index) {
        return example(operationId, index).get("request");
    }

    /** The example response body of an operation, as JSON text. */
    static String response(String operationId) {
        return example(operationId, 0).path("response").path("body").toString();
    }

    private static JsonNode example(String operationId, int index) {
        JsonNode examples = operation(operationId).path("x-fern-examples");
        if (examples.size() <= index) {
            throw new IllegalArgumentException("operation " + operationId + " has no example " + index);
        }
        return examples.get(index);
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
