package dev.mediagen.apex;

/** An output resolution; each endpoint accepts its documented subset. */
public enum Resolution {
    /** {@code 480p}. */
    P480("480p"),
    /** {@code 720p}. */
    P720("720p"),
    /** {@code 1080p}. */
    P1080("1080p");

    private final String value;

    Resolution(String value) {
        this.value = value;
    }

    /** The value on the wire. */
    public String value() {
        return value;
    }

    /**
     * The constant for a wire value (case-insensitive).
     *
     * @throws dev.mediagen.core.ValidationException when Apex does not document the value
     */
    public static Resolution of(String value) {
        return Checks.parse("resolution", value, values(), Resolution::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
