package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonValue;

/** The frame around the picture-in-picture actor ({@code pip_options.frame_style}). */
public enum PipFrameStyle {
    /** {@code none}. */
    NONE("none"),
    /** {@code rounded}. */
    ROUNDED("rounded"),
    /** {@code shadow}. */
    SHADOW("shadow");

    private final String value;

    PipFrameStyle(String value) {
        this.value = value;
    }

    /** The API's string for this value. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The constant whose API string is {@code value}; any other string is a {@link dev.mediagen.core.ValidationException}. */
    public static PipFrameStyle of(String value) {
        return Checks.wireEnum(values(), PipFrameStyle::value, value, "pip_options.frame_style");
    }

    @Override
    public String toString() {
        return value;
    }
}
