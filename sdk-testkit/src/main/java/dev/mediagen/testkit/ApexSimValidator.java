package dev.mediagen.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a request body the way Apex's Zod schemas do; collects the problems as messages. */
final class ApexSimValidator {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    private final JsonNode body;
    private final List<String> problems = new ArrayList<>();

    ApexSimValidator(JsonNode body) {
        this.body = body;
        if (!body.isObject()) {
            problems.add("body must be a JSON object");
        }
    }

    /** The first problem, or null when the body is valid. */
    String firstProblem() {
        return problems.isEmpty() ? null : problems.get(0);
    }

    private JsonNode field(String name, boolean required) {
        JsonNode value = body.path(name);
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                problems.add(name + ": Required");
            }
            return null;
        }
        return value;
    }

    ApexSimValidator string(String name, int min, int max, boolean required) {
        JsonNode value = field(name, required);
        if (value == null) {
            return this;
        }
        if (!value.isTextual()) {
            problems.add(name + ": Expected string");
        } else if (value.asText().length() < min) {
            problems.add(name + ": String must contain at least " + min + " character(s)");
        } else if (value.asText().length() > max) {
            problems.add(name + ": String must contain at most " + max + " character(s)");
        }
        return this;
    }

    ApexSimValidator string(String name, boolean required) {
        return string(name, 1, Integer.MAX_VALUE, required);
    }

    ApexSimValidator integer(String name, long min, long max, boolean required) {
        JsonNode value = field(name, required);
        if (value == null) {
            return this;
        }
        if (!value.isIntegralNumber() && !(value.isNumber() && value.asDouble() == Math.rint(value.asDouble()))) {
            problems.add(name + ": Expected integer");
        } else if (value.asLong() < min) {
            problems.add(name + ": Number must be greater than or equal to " + min);
        } else if (value.asLong() > max) {
            problems.add(name + ": Number must be less than or equal to " + max);
        }
        return this;
    }

    ApexSimValidator number(String name, double min, double max, boolean required) {
        JsonNode value = field(name, required);
        if (value == null) {
            return this;
        }
        if (!value.isNumber()) {
            problems.add(name + ": Expected number");
        } else if (value.asDouble() < min) {
            problems.add(name + ": Number must be greater than or equal to " + min);
        } else if (value.asDouble() > max) {
            problems.add(name + ": Number must be less than or equal to " + max);
        }
        return this;
    }

    ApexSimValidator oneOf(String name, Set<String> allowed, boolean required) {
        JsonNode value = field(name, required);
        if (value == null) {
            return this;
        }
        if (!value.isTextual() && !value.isNumber() || !allowed.contains(value.asText())) {
            problems.add(name + ": Invalid enum value. Expected " + String.join(" | ", allowed) + ", received '"
                    + value.asText() + "'");
        }
        return this;
    }

    ApexSimValidator bool(String name) {
        JsonNode value = field(name, false);
        if (value != null && !value.isBoolean()) {
            problems.add(name + ": Expected boolean");
        }
        return this;
    }

    ApexSimValidator url(String name, boolean httpsOnly, boolean required) {
        JsonNode value = field(name, required);
        if (value == null) {
            return this;
        }
        if (!value.isTextual() || !isUrl(value.asText(), httpsOnly)) {
            problems.add(name + ": " + (httpsOnly ? "Must be an HTTPS URL" : "Invalid url"));
        }
        return this;
    }

    ApexSimValidator urls(String name) {
        JsonNode value = field(name, false);
        if (value == null) {
            return this;
        }
        if (!value.isArray()) {
            problems.add(name + ": Expected array");
            return this;
        }
        for (JsonNode item : value) {
            if (!item.isTextual() || !isUrl(item.asText(), false)) {
                problems.add(name + ": Invalid url");
                return this;
            }
        }
        return this;
    }

    ApexSimValidator language(String name, boolean required) {
        JsonNode value = field(name, required);
        if (value != null && (!value.isTextual() || !LANGUAGE.matcher(value.asText()).matches())) {
            problems.add(name + ": Invalid ISO language code");
        }
        return this;
    }

    ApexSimValidator e164(String name) {
        JsonNode value = field(name, true);
        if (value != null && (!value.isTextual() || !E164.matcher(value.asText()).matches())) {
            problems.add(name + ": Invalid E.164 phone number");
        }
        return this;
    }

    ApexSimValidator rule(boolean holds, String problem) {
        if (!holds) {
            problems.add(problem);
        }
        return this;
    }

    static boolean isUrl(String text, boolean httpsOnly) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.getHost() != null && (scheme.equals("https") || (!httpsOnly && scheme.equals("http")));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
