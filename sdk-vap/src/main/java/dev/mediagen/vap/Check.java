package dev.mediagen.vap;

import dev.mediagen.core.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** Client-side checks of documented constraints; each failure is a {@link ValidationException} naming the field. */
final class Check {
    private Check() {
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field + " is required and must not be blank");
        }
        return value;
    }

    static String optionalText(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new ValidationException(field + " must not be blank when given");
        }
        return value;
    }

    static String maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new ValidationException(field + " must be at most " + max + " characters, got " + value.length());
        }
        return value;
    }

    static String url(String value, String field) {
        text(value, field);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new ValidationException(field + " must be an absolute http(s) URL");
            }
        } catch (URISyntaxException e) {
            throw new ValidationException(field + " is not a valid URL");
        }
        return value;
    }

    static String optionalUrl(String value, String field) {
        return value == null ? null : url(value, field);
    }

    static List<String> urls(List<String> values, String field) {
        if (values == null) {
            throw new ValidationException(field + " is required");
        }
        for (int i = 0; i < values.size(); i++) {
            url(values.get(i), field + "[" + i + "]");
        }
        return List.copyOf(values);
    }

    static String id(String value, String field) {
        return text(value, field);
    }
}
