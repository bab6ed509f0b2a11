package dev.mediagen.apex;

/** A text-to-speech model (voice generation and voice agents). */
public enum TtsModel {
    /** {@code kokoro}. */
    KOKORO("kokoro"),
    /** {@code elevenlabs-v3}. */
    ELEVENLABS_V3("elevenlabs-v3"),
    /** {@code fish-audio-s1}. */
    FISH_AUDIO_S1("fish-audio-s1");

    private final String value;

    TtsModel(String value) {
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
    public static TtsModel of(String value) {
        return Checks.parse("model", value, values(), TtsModel::value);
    }

    @Override
    public String toString() {
        return value;
    }
}
