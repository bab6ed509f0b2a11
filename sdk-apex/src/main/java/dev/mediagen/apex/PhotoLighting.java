package dev.mediagen.apex;

/** The lighting of {@code POST /api/generate/photoshoot}. */
public enum PhotoLighting {
    /** {@code studio}. */
    STUDIO("studio"),
    /** {@code natural}. */
    NATURAL("natural"),
    /** {@code dramatic}. */
    DRAMATIC("dramatic"),
    /** {@code soft}. */
    SOFT("soft"),
    /** {@code golden-hour}. */
    GOLDEN_HOUR("golden-hour");

    private final String value;

    PhotoLighting(String value) {
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
    public static PhotoLighting of(String value) {
        return Checks.parse("lighting", value, values(), PhotoLighting::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
