package dev.mediagen.apex;

/** A clip aspect ratio of {@code POST /api/generate/clip}. */
public enum AspectRatio {
    /** {@code 9:16}. */
    PORTRAIT_9_16("9:16"),
    /** {@code 1:1}. */
    SQUARE_1_1("1:1"),
    /** {@code 16:9}. */
    LANDSCAPE_16_9("16:9");

    private final String value;

    AspectRatio(String value) {
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
    public static AspectRatio of(String value) {
        return Checks.parse("aspectRatio", value, values(), AspectRatio::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
