package dev.mediagen.apex;

/** A talking-head model of {@code POST /api/generate/avatar}. */
public enum AvatarModel {
    /** {@code veed-fabric}. */
    VEED_FABRIC("veed-fabric"),
    /** {@code creatify-aurora}. */
    CREATIFY_AURORA("creatify-aurora"),
    /** {@code kling-avatar-v2}. */
    KLING_AVATAR_V2("kling-avatar-v2"),
    /** {@code omnihuman-1.5}. */
    OMNIHUMAN_1_5("omnihuman-1.5");

    private final String value;

    AvatarModel(String value) {
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
    public static AvatarModel of(String value) {
        return Checks.parse("model", value, values(), AvatarModel::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
