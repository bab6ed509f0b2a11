package dev.mediagen.apex;

/** The camera angle of {@code POST /api/generate/photoshoot}. */
public enum PhotoAngle {
    /** {@code front}. */
    FRONT("front"),
    /** {@code hero}. */
    HERO("hero"),
    /** {@code 45-degree}. */
    DEGREE_45("45-degree"),
    /** {@code top-down}. */
    TOP_DOWN("top-down"),
    /** {@code lifestyle}. */
    LIFESTYLE("lifestyle");

    private final String value;

    PhotoAngle(String value) {
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
    public static PhotoAngle of(String value) {
        return Checks.parse("angle", value, values(), PhotoAngle::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
