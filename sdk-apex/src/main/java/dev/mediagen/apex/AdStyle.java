package dev.mediagen.apex;

/** The creative style of {@code POST /api/generate/instant-ad}. */
public enum AdStyle {
    /** {@code modern}. */
    MODERN("modern"),
    /** {@code bold}. */
    BOLD("bold"),
    /** {@code minimal}. */
    MINIMAL("minimal"),
    /** {@code luxury}. */
    LUXURY("luxury"),
    /** {@code playful}. */
    PLAYFUL("playful");

    private final String value;

    AdStyle(String value) {
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
    public static AdStyle of(String value) {
        return Checks.parse("style", value, values(), AdStyle::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
