package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.mediagen.core.ValidationException;

/** The resolution of a generated video. */
public enum VideoResolution {
    /** The default. */
    P720("720p"),
    /** Full HD. */
    P1080("1080p");

    private final String value;

    VideoResolution(String value) {
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
    public static VideoResolution parse(String value) {
        for (VideoResolution constant : values()) {
            if (constant.value.equals(value)) {
                return constant;
            }
        }
        throw new ValidationException("unsupported video resolution '" + value + "'");
    }

    @Override
    public String toString() {
        return value;
    }
}
