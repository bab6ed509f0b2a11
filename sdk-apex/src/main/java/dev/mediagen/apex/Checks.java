package dev.mediagen.apex;

import dev.mediagen.core.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The client-side checks of Apex's documented constraints; each throws {@link ValidationException}. */
final class Checks {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    private Checks() {
    }

    /** A required text of {@code min} to {@code max} characters. */
    static String text(String field, String value, int min, int max) {
        if (value == null) {
            throw new ValidationException(field + " is required");
        }
        int length = value.length();
        if (length < min || length > max || value.isBlank()) {
            throw new ValidationException(field + " must be " + min + " to " + max + " characters (got " + length + ")");
        }
        return value;
    }

    /** A required non-blank text. */
    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field + " is required");
        }
        return value;
    }

    /** An optional text that is not blank when given. */
    static String optional(String field, String value) {
        if (value != null && value.isBlank()) {
            throw new ValidationException(field + " must not be blank");
        }
        return value;
    }

    /** A required value (an enum choice). */
    static <T> T present(String field, T value) {
        if (value == null) {
            throw new ValidationException(field + " is required");
        }
        return value;
    }

    /** An optional integer within {@code [min, max]}. */
    static Integer range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new ValidationException(field + " must be between " + min + " and " + max + " (got " + value + ")");
        }
        return value;
    }

    /** An optional number within {@code [min, max]}. */
    static Double range(String field, Double value, double min, double max) {
        if (value != null && (value.isNaN() || value < min || value > max)) {
            throw new ValidationException(field + " must be between " + min + " and " + max + " (got " + value + ")");
        }
        return value;
    }

    /** An optional positive integer. */
    static Integer positive(String field, Integer value) {
        if (value != null && value < 1) {
            throw new ValidationException(field + " must be positive (got " + value + ")");
        }
        return value;
    }

    /** A required absolute {@code https} URL with a host. */
    static String httpsUrl(String field, String value) {
        required(field, value);
        String scheme = scheme(field, value);
        if (!"https".equals(scheme)) {
            throw new ValidationException(field + " must be an HTTPS URL: " + value);
        }
        return value;
    }

    /** A required absolute {@code http} or {@code https} URL with a host. */
    static String url(String field, String value) {
        required(field, value);
        String scheme = scheme(field, value);
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new ValidationException(field + " must be an http(s) URL: " + value);
        }
        return value;
    }

    private static String scheme(String field, String value) {
        try {
            URI uri = new URI(value.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new ValidationException(field + " must be an absolute URL: " + value);
            }
            return uri.getScheme().toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            throw new ValidationException(field + " is not a valid URL: " + value);
        }
    }

    /** An optional ISO language code such as {@code en}, {@code es} or {@code pt-BR}. */
    static String language(String field, String value) {
        if (value != null && !LANGUAGE.matcher(value).matches()) {
            throw new ValidationException(field + " must be an ISO language code such as en or pt-BR (got " + value + ")");
        }
        return value;
    }

    /** A required E.164 phone number ({@code +} then up to 15 digits). */
    static String e164(String field, String value) {
        required(field, value);
        if (!E164.matcher(value).matches()) {
            throw new ValidationException(field + " must be an E.164 number such as +14155550123 (got " + value + ")");
        }
        return value;
    }

    /** An optional choice limited to {@code allowed} (a subset of the enum this endpoint accepts). */
    static <E extends Enum<E>> E oneOf(String field, E value, Collection<E> allowed, Function<E, String> wire) {
        if (value != null && !allowed.contains(value)) {
            throw new ValidationException(field + " must be one of "
                    + allowed.stream().map(wire).collect(Collectors.joining(", ")) + " (got " + wire.apply(value) + ")");
        }
        return value;
    }

    /** The constant whose wire value is {@code text}. */
    static <E extends Enum<E>> E parse(String field, String text, E[] values, Function<E, String> wire) {
        if (text == null) {
            throw new ValidationException(field + " is required");
        }
        for (E value : values) {
            if (wire.apply(value).equalsIgnoreCase(text.trim())) {
                return value;
            }
        }
        throw new ValidationException(field + " must be one of "
                + Arrays.stream(values).map(wire).collect(Collectors.joining(", ")) + " (got " + text + ")");
    }
}
