package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.mediagen.core.ValidationException;

/** The loudness normalisation of generated music. */
public enum LoudnessPreset {
    /** The default, for streaming platforms. */
    STREAMING("streaming"),
    /** Apple Music's target. */
    APPLE("apple"),
    /** Broadcast standard. */
    BROADCAST("broadcast");

    private final String value;

    LoudnessPreset(String value) {
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
    public static LoudnessPreset parse(String value) {
        for (LoudnessPreset constant : values()) {
            if (constant.value.equals(value)) {
                return constant;
            }
        }
        throw new ValidationException("unsupported loudness preset '" + value + "'");
    }

    @Override
    public String toString() {
        return value;
    }
}
