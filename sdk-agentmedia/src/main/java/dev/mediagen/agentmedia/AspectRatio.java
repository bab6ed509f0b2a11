package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonValue;

/** The frame shape of a video ({@code aspect_ratio}); the API's default is 9:16. */
public enum AspectRatio {
    /** {@code 9:16}. */
    PORTRAIT_9_16("9:16"),
    /** {@code 16:9}. */
    LANDSCAPE_16_9("16:9"),
    /** {@code 1:1}. */
    SQUARE_1_1("1:1");

    private final String value;

    AspectRatio(String value) {
        this.value = value;
    }

    /** The API's string for this value. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The constant whose API string is {@code value}; any other string is a {@link dev.mediagen.core.ValidationException}. */
    public static AspectRatio of(String value) {
        return Checks.wireEnum(values(), AspectRatio::value, value, "aspect_ratio");
    }

    @Override
    public String toString() {
        return value;
    }
}
