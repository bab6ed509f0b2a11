package dev.mediagen.videogen.model;

import java.util.Optional;

/** A text-to-speech voice. */
public final class TtsVoice {
    private String voiceId;
    private String languageCode;
    private String displayName;
    private Gender displayGender;
    private String accent;
    private String description;
    private boolean supportsDirectToolExecution;
    private boolean supportsAllLanguages;
    private boolean isDeprecated;

    private TtsVoice() {
    }

    /** The voice's id. */
    public String voiceId() {
        return voiceId;
    }

    /** The voice's language, e.g. {@code en-US}. */
    public String languageCode() {
        return languageCode;
    }

    /** The name shown in VideoGen. */
    public String displayName() {
        return displayName;
    }

    /** MALE, FEMALE or NEUTRAL. */
    public Optional<Gender> gender() {
        return Optional.ofNullable(displayGender);
    }

    /** The accent, when described. */
    public Optional<String> accent() {
        return Optional.ofNullable(accent);
    }

    /** A description of the voice. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** Whether {@code text-to-speech} accepts this voice (others work only inside workflows). */
    public boolean supportsDirectToolExecution() {
        return supportsDirectToolExecution;
    }

    /** Whether the voice speaks every language. */
    public boolean supportsAllLanguages() {
        return supportsAllLanguages;
    }

    /** Whether the voice is deprecated. */
    public boolean isDeprecated() {
        return isDeprecated;
    }

    @Override
    public String toString() {
        return "TtsVoice{id=" + voiceId + ", name=" + displayName + ", language=" + languageCode
                + ", direct=" + supportsDirectToolExecution + ", deprecated=" + isDeprecated + "}";
    }
}
