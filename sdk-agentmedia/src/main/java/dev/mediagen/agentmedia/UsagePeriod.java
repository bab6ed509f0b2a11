package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonValue;

/** The window of a usage report ({@code period}); the API's default is 30 days. */
public enum UsagePeriod {
    /** {@code 7d}. */
    LAST_7_DAYS("7d"),
    /** {@code 30d}. */
    LAST_30_DAYS("30d"),
    /** {@code 90d}. */
    LAST_90_DAYS("90d");

    private final String value;

    UsagePeriod(String value) {
        this.value = value;
    }

    /** The API's string for this value. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The constant whose API string is {@code value}; any other string is a {@link dev.mediagen.core.ValidationException}. */
    public static UsagePeriod of(String value) {
        return Checks.wireEnum(values(), UsagePeriod::value, value, "period");
    }

    @Override
    public String toString() {
        return value;
    }
}
