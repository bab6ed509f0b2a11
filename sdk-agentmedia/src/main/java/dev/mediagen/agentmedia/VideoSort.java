package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonValue;

/** The order of a video listing ({@code sort}); the API's default is newest first. */
public enum VideoSort {
    /** {@code newest}. */
    NEWEST("newest"),
    /** {@code oldest}. */
    OLDEST("oldest");

    private final String value;

    VideoSort(String value) {
        this.value = value;
    }

    /** The API's string for this value. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The constant whose API string is {@code value}; any other string is a {@link dev.mediagen.core.ValidationException}. */
    public static VideoSort of(String value) {
        return Checks.wireEnum(values(), VideoSort::value, value, "sort");
    }

    @Override
    public String toString() {
        return value;
    }
}
