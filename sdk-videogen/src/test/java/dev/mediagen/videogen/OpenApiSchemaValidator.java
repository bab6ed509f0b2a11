package dev.mediagen.videogen;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small JSON Schema validator for the subset the VideoGen OpenAPI document uses: {@code type} (also as an array
 * with {@code "null"}), {@code required}, {@code properties}, {@code additionalProperties}, {@code items},
 * {@code enum}, {@code minimum}/{@code maximum}, {@code minLength}, {@code minItems}/{@code maxItems},
 * {@code format: uri}, {@code $ref} to {@code #/components/...}, and {@code oneOf}/{@code anyOf}/{@code allOf}.
 *
 * <p>With {@code closedObjects}, an object may only have the properties its schema declares (unless the schema
 * says {@code additionalProperties}): request bodies must use the document's field names and nothing else.
 */
final class OpenApiSchemaValidator {
    private final JsonNode document;
    private final boolean closedObjects;

    OpenApiSchemaValidator(JsonNode document, boolean closedObjects) {
        this.document = document;
        this.closedObjects = closedObjects;
    }

    /** The request body schema of {@code method path}. */
    JsonNode requestSchema(String method, String path) {
        JsonNode schema = document.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT))
                .path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("no JSON request body for " + method + " " + path);
        }
        return schema;
    }

    /** The problems of {@code value} against {@code schema}; empty when valid. */
    List<String> validate(JsonNode value, JsonNode schema) {
        List<String> problems = new ArrayList<>();
        check(value, schema, "$", problems);
        return problems;
    }

    private void check(JsonNode value, JsonNode schema, String at, List<String> problems) {
        if (schema.has("$ref")) {
            check(value, resolve(schema.get("$ref").asText()), at, problems);
            return;
        }
        if (schema.has("allOf")) {
            for (JsonNode part : schema.get("allOf")) {
                check(value, part, at, problems);
            }
        }
        if (schema.has("anyOf") && countMatches(value, schema.get("anyOf"), at) == 0) {
            problems.add(at + ": matches none of anyOf");
        }
        if (schema.has("oneOf")) {
            int matches = countMatches(value, schema.get("oneOf"), at);
            if (matches != 1) {
                problems.add(at + ": matches " + matches + " of oneOf, expected exactly 1");
            }
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
            problems.add(at + ": " + value.getNodeType() + " is not of type " + schema.get("type"));
            return;
        }
        if (value.isNumber()) {
            if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
                problems.add(at + ": " + value + " is below the minimum " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
                problems.add(at + ": " + value + " is above the maximum " + schema.get("maximum"));
            }
        }
        if (value.isTextual()) {
            if (schema.has("minLength") && value.asText().codePointCount(0, value.asText().length()) < schema.get("minLength").asInt()) {
                problems.add(at + ": shorter than " + schema.get("minLength"));
            }
            if ("uri".equals(schema.path("format").asText()) && !isAbsoluteUri(value.asText())) {
                problems.add(at + ": not an absolute URI: " + value.asText());
            }
        }
        if (value.isArray()) {
            if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
                problems.add(at + ": fewer than " + schema.get("minItems") + " items");
            }
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                problems.add(at + ": more than " + schema.get("maxItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), schema.get("items"), at + "[" + i + "]", problems);
                }
            }
        }
        if (value.isObject()) {
            checkObject(value, schema, at, problems);
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String at, List<String> problems) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(at + ": missing required property " + required.asText());
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        boolean declaresShape = schema.has("properties") || additional != null;
        for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String where = at + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), where, problems);
            } else if (additional != null && additional.isObject()) {
                check(field.getValue(), additional, where, problems);
            } else if ((additional != null && additional.isBoolean() && !additional.asBoolean())
                    || (closedObjects && declaresShape && additional == null)) {
                problems.add(where + ": not a property of the schema");
            }
        }
    }

    private int countMatches(JsonNode value, JsonNode alternatives, String at) {
        int matches = 0;
        for (JsonNode alternative : alternatives) {
            List<String> problems = new ArrayList<>();
            check(value, alternative, at, problems);
            if (problems.isEmpty()) {
                matches++;
            }
        }
        return matches;
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("only local references are supported: " + ref);
        }
        JsonNode node = document;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part.replace("~1", "/").replace("~0", "~"));
        }
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("unresolvable reference " + ref);
        }
        return node;
    }

    private static boolean typeMatches(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(value, one)) {
                    return true;
                }
            }
            return false;
        }
        switch (type.asText()) {
            case "null":
                return value.isNull();
            case "string":
                return value.isTextual();
            case "boolean":
                return value.isBoolean();
            case "integer":
                return value.isIntegralNumber() || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number":
                return value.isNumber();
            case "array":
                return value.isArray();
            case "object":
                return value.isObject();
            default:
                throw new IllegalArgumentException("unknown type " + type);
        }
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value) || (candidate.isNumber() && value.isNumber()
                    && candidate.decimalValue().compareTo(value.decimalValue()) == 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAbsoluteUri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
