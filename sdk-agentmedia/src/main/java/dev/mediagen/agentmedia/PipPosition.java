package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where the picture-in-picture actor sits ({@code pip_options.position}). */
public enum PipPosition {
    /** {@code bottom-center}. */
    BOTTOM_CENTER("bottom-center"),
    /** {@code bottom-left}. */
    BOTTOM_LEFT("bottom-left"),
    /** {@code bottom-right}. */
    BOTTOM_RIGHT("bottom-right");

    private final String value;

    PipPosition(String value) {
        this.value = value;
    }

    /** The API's string for this value. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The constant whose API string is {@code value}; any other string is a {@link dev.mediagen.core.ValidationException}. */
    public static PipPosition of(String value) {
        return Checks.wireEnum(values(), PipPosition::value, value, "pip_options.position");
    }

    @Override
    public String toString() {
        return value;
    }
}
