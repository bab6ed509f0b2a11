package dev.mediagen.videogen.model;

import dev.mediagen.core.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The documented constraints of request fields, checked before anything is sent. */
final class Checks {
    private Checks() {
    }

    static String requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(name + " is required and must not be blank");
        }
        return value;
    }

    static String optionalText(String name, String value) {
        if (value != null && value.isBlank()) {
            throw new ValidationException(name + " must not be blank when given");
        }
        return value;
    }

    static <T> T require(String name, T value) {
        if (value == null) {
            throw new ValidationException(name + " is required");
        }
        return value;
    }

    static void range(String name, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new ValidationException(name + " must be between " + min + " and " + max + ", got " + value);
        }
    }

    static void atLeast(String name, Integer value, int min) {
        if (value != null && value < min) {
            throw new ValidationException(name + " must be at least " + min + ", got " + value);
        }
    }

    static void range(String name, Double value, double min, double max) {
        if (value != null && (value.isNaN() || value < min || value > max)) {
            throw new ValidationException(name + " must be between " + min + " and " + max + ", got " + value);
        }
    }

    static void atLeast(String name, Double value, double min) {
        if (value != null && (value.isNaN() || value.isInfinite() || value < min)) {
            throw new ValidationException(name + " must be at least " + min + ", got " + value);
        }
    }

    static void finite(String name, Double value) {
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw new ValidationException(name + " must be a finite number, got " + value);
        }
    }

    /** An unmodifiable copy of a list of ids (null stays null), each non-blank, at most {@code max} of them. */
    static List<String> ids(String name, List<String> values, int max) {
        if (values == null) {
            return null;
        }
        if (values.size() > max) {
            throw new ValidationException(name + " accepts at most " + max + " file ids, got " + values.size());
        }
        return texts(name, values);
    }

    /** An unmodifiable copy of a list of strings (null stays null), each non-blank. */
    static List<String> texts(String name, List<String> values) {
        if (values == null) {
            return null;
        }
        List<String> copy = new ArrayList<>(values.size());
        for (String value : values) {
            if (value == null || value.isBlank()) {
                throw new ValidationException(name + " must not contain blank values");
            }
            copy.add(value);
        }
        return Collections.unmodifiableList(copy);
    }

    /** An unmodifiable copy of a list (null stays null) without null elements. */
    static <T> List<T> items(String name, List<T> values) {
        if (values == null) {
            return null;
        }
        List<T> copy = new ArrayList<>(values.size());
        for (T value : values) {
            if (value == null) {
                throw new ValidationException(name + " must not contain null elements");
            }
            copy.add(value);
        }
        return Collections.unmodifiableList(copy);
    }

    static <T> List<T> listOrEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
