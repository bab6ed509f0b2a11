package dev.mediagen.apex;

/** A visual style of {@code POST /api/generate/text2video}. */
public enum FilmStyle {
    /** {@code cinematic}. */
    CINEMATIC("cinematic"),
    /** {@code documentary}. */
    DOCUMENTARY("documentary"),
    /** {@code animation}. */
    ANIMATION("animation"),
    /** {@code aerial}. */
    AERIAL("aerial");

    private final String value;

    FilmStyle(String value) {
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
    public static FilmStyle of(String value) {
        return Checks.parse("style", value, values(), FilmStyle::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
