package dev.mediagen.apex;

/** The tone of {@code POST /api/generate/commercial}. */
public enum CommercialTone {
    /** {@code professional}. */
    PROFESSIONAL("professional"),
    /** {@code energetic}. */
    ENERGETIC("energetic"),
    /** {@code casual}. */
    CASUAL("casual"),
    /** {@code luxury}. */
    LUXURY("luxury"),
    /** {@code funny}. */
    FUNNY("funny");

    private final String value;

    CommercialTone(String value) {
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
    public static CommercialTone of(String value) {
        return Checks.parse("tone", value, values(), CommercialTone::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
