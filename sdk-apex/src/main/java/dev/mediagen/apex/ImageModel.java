package dev.mediagen.apex;

/** An image model of {@code POST /api/generate/image}. */
public enum ImageModel {
    /** {@code grok-imagine}. */
    GROK_IMAGINE("grok-imagine"),
    /** {@code flux-2-dev}. */
    FLUX_2_DEV("flux-2-dev"),
    /** {@code flux-2-pro}. */
    FLUX_2_PRO("flux-2-pro"),
    /** {@code ideogram-v3}. */
    IDEOGRAM_V3("ideogram-v3"),
    /** {@code flux-kontext-max}. */
    FLUX_KONTEXT_MAX("flux-kontext-max");

    private final String value;

    ImageModel(String value) {
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
    public static ImageModel of(String value) {
        return Checks.parse("model", value, values(), ImageModel::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
