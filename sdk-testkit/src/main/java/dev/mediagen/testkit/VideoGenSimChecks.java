package dev.mediagen.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The request validation VideoGen documents in its OpenAPI document: required fields, types, ranges, enums and
 * array sizes. Unknown fields are rejected too, so a misspelt field never passes silently in tests.
 */
final class VideoGenSimChecks {
    private final JsonNode body;
    private final Set<String> known = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();

    private VideoGenSimChecks(JsonNode body) {
        this.body = body;
    }

    /** Starts checking a JSON object body; a missing or non-object body fails at once. */
    static VideoGenSimChecks of(SimRequest request) {
        JsonNode json = request.jsonNode();
        if (!json.isObject()) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.invalidParameters("Request body must be a JSON object"));
        }
        return new VideoGenSimChecks(json);
    }

    /** Checks a nested object. */
    static VideoGenSimChecks nested(JsonNode node) {
        return new VideoGenSimChecks(node);
    }

    ObjectNode body() {
        return (ObjectNode) body;
    }

    VideoGenSimChecks requiredText(String name) {
        known.add(name);
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            problems.add(name + " is required");
        } else if (!value.isTextual() || value.asText().isEmpty()) {
            problems.add(name + " must be a non-empty string");
        }
        return this;
    }

    VideoGenSimChecks text(String name, boolean nullable) {
        known.add(name);
        JsonNode value = body.get(name);
        if (value != null && !(value.isTextual() || (nullable && value.isNull()))) {
            problems.add(name + " must be a string");
        }
        return this;
    }

    VideoGenSimChecks bool(String name) {
        known.add(name);
        JsonNode value = body.get(name);
        if (value != null && !value.isBoolean()) {
            problems.add(name + " must be a boolean");
        }
        return this;
    }

    VideoGenSimChecks integer(String name, long min, long max, boolean nullable) {
        known.add(name);
        JsonNode value = body.get(name);
        if (value == null || (nullable && value.isNull())) {
            return this;
        }
        if (!value.isIntegralNumber()) {
            problems.add(name + " must be an integer");
        } else if (value.asLong() < min || value.asLong() > max) {
            problems.add(name + " must be between " + min + " and " + max);
        }
        return this;
    }

    VideoGenSimChecks number(String name, double min, double max, boolean nullable) {
        known.add(name);
        JsonNode value = body.get(name);
        if (value == null || (nullable && value.isNull())) {
            return this;
        }
        if (!value.isNumber()) {
            problems.add(name + " must be a number");
        } else if (value.asDouble() < min || value.asDouble() > max) {
            problems.add(name + " must be between " + min + " and " + max);
        }
        return this;
    }

    VideoGenSimChecks oneOf(String name, boolean required, boolean nullable, String... values) {
        known.add(name);
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            if (required && !(nullable && value != null)) {
                problems.add(name + " is required");
            }
            return this;
        }
        if (!value.isTextual() || !List.of(values).contains(value.asText())) {
            problems.add(name + " must be one of " + String.join(", ", values));
        }
        return this;
    }

    VideoGenSimChecks textArray(String name, int minItems, int maxItems, boolean required) {
        known.add(name);
        JsonNode value = body.get(name);
        if (value == null) {
            if (required) {
                problems.add(name + " is required");
            }
            return this;
        }
        if (!value.isArray()) {
            problems.add(name + " must be an array");
            return this;
        }
        if (value.size() < minItems || value.size() > maxItems) {
            problems.add(name + " must have between " + minItems + " and " + maxItems + " items");
        }
        value.forEach(item -> {
            if (!item.isTextual()) {
                problems.add(name + " must contain strings");
            }
        });
        return this;
    }

    VideoGenSimChecks enumArray(String name, int minItems, boolean required, List<String> values) {
        textArray(name, minItems, Integer.MAX_VALUE, required);
        JsonNode value = body.get(name);
        if (value != null && value.isArray()) {
            value.forEach(item -> {
                if (item.isTextual() && !values.contains(item.asText())) {
                    problems.add(name + " contains an unknown value: " + item.asText());
                }
            });
        }
        return this;
    }

    VideoGenSimChecks aspectRatio(String name, boolean required) {
        known.add(name);
        JsonNode value = body.get(name);
        if (value == null) {
            if (required) {
                problems.add(name + " is required");
            }
            return this;
        }
        VideoGenSimChecks ratio = nested(value);
        if (!value.isObject()) {
            problems.add(name + " must be an object");
            return this;
        }
        ratio.integer("width", 1, Integer.MAX_VALUE, false).integer("height", 1, Integer.MAX_VALUE, false);
        if (!value.has("width") || !value.has("height")) {
            problems.add(name + " needs width and height");
        }
        ratio.problems.forEach(p -> problems.add(name + "." + p));
        ratio.unknownFields().forEach(f -> problems.add(name + " has an unknown field: " + f));
        return this;
    }

    VideoGenSimChecks uri(String name, boolean required) {
        requiredOrOptionalText(name, required);
        JsonNode value = body.get(name);
        if (value != null && value.isTextual()) {
            try {
                URI uri = new URI(value.asText());
                String host = uri.getHost() == null ? "" : uri.getHost();
                boolean loopback = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
                if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && loopback)) {
                    problems.add(name + " must be an https URL");
                }
            } catch (java.net.URISyntaxException e) {
                problems.add(name + " must be a valid URL");
            }
        }
        return this;
    }

    private void requiredOrOptionalText(String name, boolean required) {
        if (required) {
            requiredText(name);
        } else {
            text(name, true);
        }
    }

    /** Declares a field that is checked by the caller. */
    VideoGenSimChecks allow(String... names) {
        known.addAll(List.of(names));
        return this;
    }

    /** Records a problem found by the caller. */
    VideoGenSimChecks problem(String problem) {
        problems.add(problem);
        return this;
    }

    List<String> unknownFields() {
        List<String> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                unknown.add(name);
            }
        });
        return unknown;
    }

    List<String> problems() {
        return problems;
    }

    /** Fails with VideoGen's 400 {@code invalid_parameters} when anything was wrong. */
    ObjectNode validate() {
        unknownFields().forEach(name -> problems.add("Unrecognized key: " + name));
        if (!problems.isEmpty()) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.invalidParameters(String.join("; ", problems)));
        }
        return body();
    }
}
