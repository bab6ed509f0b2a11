package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of a manual scene ({@code scenes[].type}). */
public enum SceneType {
    /** {@code talking_head}. */
    TALKING_HEAD("talking_head"),
    /** {@code broll}. */
    BROLL("broll");

    private final String value;

    SceneType(String value) {
        this.value = value;
    }

    /** The API's string for this value. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The constant whose API string is {@code value}; any other string is a {@link dev.mediagen.core.ValidationException}. */
    public static SceneType of(String value) {
        return Checks.wireEnum(values(), SceneType::value, value, "scenes[].type");
    }

    @Override
    public String toString() {
        return value;
    }
}
