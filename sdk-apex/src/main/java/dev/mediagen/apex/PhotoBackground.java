package dev.mediagen.apex;

/** The background of {@code POST /api/generate/photoshoot}. */
public enum PhotoBackground {
    /** {@code studio-white}. */
    STUDIO_WHITE("studio-white"),
    /** {@code lifestyle}. */
    LIFESTYLE("lifestyle"),
    /** {@code outdoor}. */
    OUTDOOR("outdoor"),
    /** {@code flat-lay}. */
    FLAT_LAY("flat-lay"),
    /** {@code custom}. */
    CUSTOM("custom");

    private final String value;

    PhotoBackground(String value) {
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
    public static PhotoBackground of(String value) {
        return Checks.parse("background", value, values(), PhotoBackground::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
