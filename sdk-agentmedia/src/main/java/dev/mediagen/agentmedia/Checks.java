package dev.mediagen.agentmedia;

import dev.mediagen.core.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The documented request rules, checked before anything is sent. */
final class Checks {
    private Checks() {
    }

    static String length(String value, int min, int max, String field) {
        if (value == null) {
            return null;
        }
        if (value.length() < min) {
            throw new ValidationException(min == 1 ? field + " must not be empty"
                    : field + " must be at least " + min + " characters (got " + value.length() + ")");
        }
        if (value.length() > max) {
            throw new ValidationException(field + " must be " + max + " characters or fewer (got " + value.length() + ")");
        }
        return value;
    }

    static String httpUrl(String value, String field) {
        if (value == null) {
            return null;
        }
        URI uri = parse(value, field);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new ValidationException(field + " must be an absolute http(s) URL");
        }
        return value;
    }

    static String httpsUrl(String value, String field, int maxLength) {
        if (value == null) {
            return null;
        }
        URI uri = parse(value, field);
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new ValidationException(field + " must be an absolute HTTPS URL");
        }
        if (value.length() > maxLength) {
            throw new ValidationException(field + " must be " + maxLength + " characters or fewer (got " + value.length() + ")");
        }
        return value;
    }

    private static URI parse(String value, String field) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            throw new ValidationException(field + " must be a valid URL");
        }
    }

    static <E extends Enum<E>> E wireEnum(E[] constants, Function<E, String> wire, String value, String field) {
        if (value == null) {
            throw new ValidationException(field + " must not be null");
        }
        for (E constant : constants) {
            if (wire.apply(constant).equals(value)) {
                return constant;
            }
        }
        throw new ValidationException(field + " must be one of: "
                + Arrays.stream(constants).map(wire).collect(Collectors.joining(", ")) + " (got '" + value + "')");
    }
}
