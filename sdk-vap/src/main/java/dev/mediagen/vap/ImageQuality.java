package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.mediagen.core.ValidationException;

/** The quality of a generated image. */
public enum ImageQuality {
    /** The default, at the base price. */
    STANDARD("standard"),
    /** Higher quality at 1.5 times the base price. */
    HIGH("high");

    private final String value;

    ImageQuality(String value) {
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
    public static ImageQuality parse(String value) {
        for (ImageQuality constant : values()) {
            if (constant.value.equals(value)) {
                return constant;
            }
        }
        throw new ValidationException("unsupported image quality '" + value + "'");
    }

    @Override
    public String toString() {
        return value;
    }
}
