package dev.mediagen.apex;

/** The output format of {@code POST /api/generate/instant-ad}. */
public enum AdFormat {
    /** {@code image}. */
    IMAGE("image"),
    /** {@code video}. */
    VIDEO("video"),
    /** {@code both}. */
    BOTH("both");

    private final String value;

    AdFormat(String value) {
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
    public static AdFormat of(String value) {
        return Checks.parse("outputFormat", value, values(), AdFormat::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
