package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.mediagen.core.ValidationException;

/** An aspect ratio of a generated image or video (videos accept only 16:9 and 9:16). */
public enum AspectRatio {
    /** Square (the image default). */
    RATIO_1_1("1:1"),
    /** Landscape (the video default). */
    RATIO_16_9("16:9"),
    /** Portrait. */
    RATIO_9_16("9:16"),
    /** Classic landscape. */
    RATIO_4_3("4:3"),
    /** Classic portrait. */
    RATIO_3_4("3:4"),
    /** Photo landscape. */
    RATIO_3_2("3:2"),
    /** Photo portrait. */
    RATIO_2_3("2:3"),
    /** Ultra-wide. */
    RATIO_21_9("21:9"),
    /** Ultra-tall. */
    RATIO_9_21("9:21");

    private final String value;

    AspectRatio(String value) {
        this.value = value;
    }

    /** The value as VAP writes it. */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * The constant VAP writes as {@code value}.
     *
     * @throws ValidationException when VAP documents no such value
     */
    public static AspectRatio parse(String value) {
        for (AspectRatio constant : values()) {
            if (constant.value.equals(value)) {
                return constant;
            }
        }
        throw new ValidationException("unsupported aspect ratio '" + value + "'");
    }

    @Override
    public String toString() {
        return value;
    }
}
