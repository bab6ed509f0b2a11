package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonValue;

/** The delivery tone of a video ({@code tone}). */
public enum Tone {
    /** {@code energetic}. */
    ENERGETIC("energetic"),
    /** {@code calm}. */
    CALM("calm"),
    /** {@code confident}. */
    CONFIDENT("confident"),
    /** {@code dramatic}. */
    DRAMATIC("dramatic");

    private final String value;

    Tone(String value) {
        this.value = value;
    }

    /** The API's string for this value. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The constant whose API string is {@code value}; any other string is a {@link dev.mediagen.core.ValidationException}. */
    public static Tone of(String value) {
        return Checks.wireEnum(values(), Tone::value, value, "tone");
    }

    @Override
    public String toString() {
        return value;
    }
}
