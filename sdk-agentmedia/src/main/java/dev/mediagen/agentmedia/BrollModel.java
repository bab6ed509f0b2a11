package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonValue;

/** The model that generates B-roll cutaways ({@code broll_model}); api-v2 accepts but ignores it. */
public enum BrollModel {
    /** {@code kling3}. */
    KLING3("kling3"),
    /** {@code hailuo2}. */
    HAILUO2("hailuo2"),
    /** {@code wan21}. */
    WAN21("wan21");

    private final String value;

    BrollModel(String value) {
        this.value = value;
    }

    /** The API's string for this value. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The constant whose API string is {@code value}; any other string is a {@link dev.mediagen.core.ValidationException}. */
    public static BrollModel of(String value) {
        return Checks.wireEnum(values(), BrollModel::value, value, "broll_model");
    }

    @Override
    public String toString() {
        return value;
    }
}
