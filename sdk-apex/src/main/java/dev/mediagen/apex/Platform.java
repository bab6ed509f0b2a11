package dev.mediagen.apex;

/** A target platform; commercials accept tiktok, youtube, instagram and tv, instant ads tiktok, youtube, instagram, facebook and linkedin. */
public enum Platform {
    /** {@code tiktok}. */
    TIKTOK("tiktok"),
    /** {@code youtube}. */
    YOUTUBE("youtube"),
    /** {@code instagram}. */
    INSTAGRAM("instagram"),
    /** {@code tv}. */
    TV("tv"),
    /** {@code facebook}. */
    FACEBOOK("facebook"),
    /** {@code linkedin}. */
    LINKEDIN("linkedin");

    private final String value;

    Platform(String value) {
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
    public static Platform of(String value) {
        return Checks.parse("platform", value, values(), Platform::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
