package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonValue;

/** How large the picture-in-picture actor is ({@code pip_options.size}). */
public enum PipSize {
    /** {@code small}. */
    SMALL("small"),
    /** {@code medium}. */
    MEDIUM("medium"),
    /** {@code large}. */
    LARGE("large");

    private final String value;

    PipSize(String value) {
        this.value = value;
    }

    /** The API's string for this value. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The constant whose API string is {@code value}; any other string is a {@link dev.mediagen.core.ValidationException}. */
    public static PipSize of(String value) {
        return Checks.wireEnum(values(), PipSize::value, value, "pip_options.size");
    }

    @Override
    public String toString() {
        return value;
    }
}
