package dev.mediagen.apex;

/** A video model of the video, text-to-video and b-roll endpoints (b-roll accepts the first two). */
public enum VideoModel {
    /** {@code wan-2.6}. */
    WAN_2_6("wan-2.6"),
    /** {@code kling-2.6-pro}. */
    KLING_2_6_PRO("kling-2.6-pro"),
    /** {@code kling-3.0-pro}. */
    KLING_3_0_PRO("kling-3.0-pro"),
    /** {@code veo-3.1}. */
    VEO_3_1("veo-3.1");

    private final String value;

    VideoModel(String value) {
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
    public static VideoModel of(String value) {
        return Checks.parse("model", value, values(), VideoModel::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
