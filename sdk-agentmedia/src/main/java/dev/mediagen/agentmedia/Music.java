package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonValue;

/** The background music of a video ({@code music}). */
public enum Music {
    /** {@code chill}. */
    CHILL("chill"),
    /** {@code energetic}. */
    ENERGETIC("energetic"),
    /** {@code corporate}. */
    CORPORATE("corporate"),
    /** {@code dramatic}. */
    DRAMATIC("dramatic"),
    /** {@code upbeat}. */
    UPBEAT("upbeat");

    private final String value;

    Music(String value) {
        this.value = value;
    }

    /** The API's string for this value. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The constant whose API string is {@code value}; any other string is a {@link dev.mediagen.core.ValidationException}. */
    public static Music of(String value) {
        return Checks.wireEnum(values(), Music::value, value, "music");
    }

    @Override
    public String toString() {
        return value;
    }
}
