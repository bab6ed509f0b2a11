package dev.mediagen.apex;

/** An image style of {@code POST /api/generate/image}. */
public enum ImageStyle {
    /** {@code photorealistic}. */
    PHOTOREALISTIC("photorealistic"),
    /** {@code illustration}. */
    ILLUSTRATION("illustration"),
    /** {@code 3d}. */
    THREE_D("3d"),
    /** {@code flat}. */
    FLAT("flat");

    private final String value;

    ImageStyle(String value) {
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
    public static ImageStyle of(String value) {
        return Checks.parse("style", value, values(), ImageStyle::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
