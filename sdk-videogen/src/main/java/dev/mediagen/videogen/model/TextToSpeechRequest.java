package dev.mediagen.videogen.model;

import java.util.List;
import java.util.Optional;

/** {@code POST /v1/tools/text-to-speech}: speech from text in one of the voices that support direct tool runs. */
public final class TextToSpeechRequest extends ToolRequest {
    private final String ttsText;
    private final String voiceId;
    private final String speechLanguageCode;
    private final List<PronunciationReplacement> pronunciationReplacements;
    private final Boolean autoExpandPronunciationReplacements;
    private final Double voiceSpeed;

    private TextToSpeechRequest(Builder b) {
        super(b);
        this.ttsText = Checks.requireText("ttsText", b.ttsText);
        this.voiceId = Checks.requireText("voiceId", b.voiceId);
        this.speechLanguageCode = Checks.optionalText("speechLanguageCode", b.speechLanguageCode);
        this.pronunciationReplacements = Checks.items("pronunciationReplacements", b.pronunciationReplacements);
        this.autoExpandPronunciationReplacements = b.autoExpandPronunciationReplacements;
        Checks.range("voiceSpeed", b.voiceSpeed, 0.5, 2.0);
        this.voiceSpeed = b.voiceSpeed;
    }

    /** A builder for speaking {@code text} with the voice {@code voiceId}. */
    public static Builder builder(String text, String voiceId) {
        return new Builder().text(text).voiceId(voiceId);
    }

    @Override
    public ToolType toolType() {
        return ToolType.TEXT_TO_SPEECH;
    }

    @Override
    public String path() {
        return "/v1/tools/text-to-speech";
    }

    /** The text to speak. */
    public String text() {
        return ttsText;
    }

    /** The voice. */
    public String voiceId() {
        return voiceId;
    }

    /** The ISO-639-1 language hint. */
    public Optional<String> speechLanguageCode() {
        return Optional.ofNullable(speechLanguageCode);
    }

    /** The pronunciation replacements. */
    public List<PronunciationReplacement> pronunciationReplacements() {
        return Checks.listOrEmpty(pronunciationReplacements);
    }

    /** Whether numbers, symbols and acronyms are expanded into words before synthesis. */
    public Optional<Boolean> autoExpandPronunciationReplacements() {
        return Optional.ofNullable(autoExpandPronunciationReplacements);
    }

    /** The speech-rate multiplier. */
    public Optional<Double> voiceSpeed() {
        return Optional.ofNullable(voiceSpeed);
    }

    /** Builds a {@link TextToSpeechRequest}. */
    public static final class Builder extends ToolRequest.Builder<Builder, TextToSpeechRequest> {
        private String ttsText;
        private String voiceId;
        private String speechLanguageCode;
        private List<PronunciationReplacement> pronunciationReplacements;
        private Boolean autoExpandPronunciationReplacements;
        private Double voiceSpeed;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** The text to speak. Required. */
        public Builder text(String text) {
            this.ttsText = text;
            return this;
        }

        /** A voice from the TTS voice list with {@code supportsDirectToolExecution}. Required. */
        public Builder voiceId(String voiceId) {
            this.voiceId = voiceId;
            return this;
        }

        /** An ISO-639-1 pronunciation hint such as {@code en} or {@code es}. */
        public Builder speechLanguageCode(String languageCode) {
            this.speechLanguageCode = languageCode;
            return this;
        }

        /** Words to pronounce differently. */
        public Builder pronunciationReplacements(List<PronunciationReplacement> replacements) {
            this.pronunciationReplacements = replacements;
            return this;
        }

        /** Expands numbers, symbols and acronyms into spoken words (default false). */
        public Builder autoExpandPronunciationReplacements(boolean autoExpand) {
            this.autoExpandPronunciationReplacements = autoExpand;
            return this;
        }

        /** The speech-rate multiplier, 0.5 to 2 (the voice's default speed when unset). */
        public Builder voiceSpeed(double voiceSpeed) {
            this.voiceSpeed = voiceSpeed;
            return this;
        }

        @Override
        public TextToSpeechRequest build() {
            return new TextToSpeechRequest(this);
        }
    }
}
