package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.mediagen.core.ValidationException;

/** The file format of generated music. */
public enum AudioFormat {
    /** The default. */
    MP3("mp3"),
    /** Uncompressed. */
    WAV("wav");

    private final String value;

    AudioFormat(String value) {
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
    public static AudioFormat parse(String value) {
        for (AudioFormat constant : values()) {
            if (constant.value.equals(value)) {
                return constant;
            }
        }
        throw new ValidationException("unsupported audio format '" + value + "'");
    }

    @Override
    public String toString() {
        return value;
    }
}
