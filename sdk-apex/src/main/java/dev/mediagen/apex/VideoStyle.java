package dev.mediagen.apex;

/** A presentation style of {@code POST /api/generate/video}. */
public enum VideoStyle {
    /** {@code professional}. */
    PROFESSIONAL("professional"),
    /** {@code casual}. */
    CASUAL("casual"),
    /** {@code energetic}. */
    ENERGETIC("energetic");

    private final String value;

    VideoStyle(String value) {
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
    public static VideoStyle of(String value) {
        return Checks.parse("style", value, values(), VideoStyle::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
