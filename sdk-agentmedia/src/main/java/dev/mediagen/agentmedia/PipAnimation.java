package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the picture-in-picture actor enters ({@code pip_options.animation}). */
public enum PipAnimation {
    /** {@code slide-up}. */
    SLIDE_UP("slide-up"),
    /** {@code slide-left}. */
    SLIDE_LEFT("slide-left"),
    /** {@code slide-right}. */
    SLIDE_RIGHT("slide-right"),
    /** {@code fade}. */
    FADE("fade"),
    /** {@code scale}. */
    SCALE("scale");

    private final String value;

    PipAnimation(String value) {
        this.value = value;
    }

    /** The API's string for this value. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The constant whose API string is {@code value}; any other string is a {@link dev.mediagen.core.ValidationException}. */
    public static PipAnimation of(String value) {
        return Checks.wireEnum(values(), PipAnimation::value, value, "pip_options.animation");
    }

    @Override
    public String toString() {
        return value;
    }
}
