package dev.mediagen.vap;

import dev.mediagen.core.ValidationException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** Parameters of a {@code music_generation} task (Tier 2+). */
public final class MusicParams implements TaskParams {
    /** The shortest track VAP generates, in seconds. */
    public static final int MIN_DURATION = 30;
    /** The longest track VAP generates, in seconds. */
    public static final int MAX_DURATION = 480;
    /** The longest style description, in characters. */
    public static final int MAX_STYLE_LENGTH = 1000;

    private final String description;
    private final Integer duration;
    private final Boolean instrumental;
    private final AudioFormat audioFormat;
    private final LoudnessPreset loudnessPreset;
    private final String style;
    private final String title;
    private final Boolean customMode;

    private MusicParams(Builder b) {
        this.description = Check.text(b.description, "description");
        if (b.duration != null && (b.duration < MIN_DURATION || b.duration > MAX_DURATION)) {
            throw new ValidationException("duration must be between " + MIN_DURATION + " and " + MAX_DURATION
                    + " seconds, got " + b.duration);
        }
        this.duration = b.duration;
        this.instrumental = b.instrumental;
        this.audioFormat = b.audioFormat;
        this.loudnessPreset = b.loudnessPreset;
        this.style = Check.maxLength(Check.optionalText(b.style, "style"), MAX_STYLE_LENGTH, "style");
        this.title = Check.optionalText(b.title, "title");
        this.customMode = b.customMode;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Parameters with only a description (VAP's defaults for everything else). */
    public static MusicParams of(String description) {
        return builder().description(description).build();
    }

    @Override
    public TaskType type() {
        return TaskType.MUSIC_GENERATION;
    }

    @Override
    public String description() {
        return description;
    }

    /** The length in seconds (30 to 480); empty means 120. */
    public OptionalInt duration() {
        return duration == null ? OptionalInt.empty() : OptionalInt.of(duration);
    }

    /** Whether the track has no vocals; empty means false. */
    public Optional<Boolean> instrumental() {
        return Optional.ofNullable(instrumental);
    }

    /** The file format; empty means mp3. */
    public Optional<AudioFormat> audioFormat() {
        return Optional.ofNullable(audioFormat);
    }

    /** The loudness preset; empty means {@code streaming}. */
    public Optional<LoudnessPreset> loudnessPreset() {
        return Optional.ofNullable(loudnessPreset);
    }

    /** The musical style (at most 1000 characters). */
    public Optional<String> style() {
        return Optional.ofNullable(style);
    }

    /** The track's title. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** Whether the provider's custom mode (style and title as given) is used. */
    public Optional<Boolean> customMode() {
        return Optional.ofNullable(customMode);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MusicParams)) {
            return false;
        }
        MusicParams other = (MusicParams) o;
        return description.equals(other.description) && Objects.equals(duration, other.duration)
                && Objects.equals(instrumental, other.instrumental) && audioFormat == other.audioFormat
                && loudnessPreset == other.loudnessPreset && Objects.equals(style, other.style)
                && Objects.equals(title, other.title) && Objects.equals(customMode, other.customMode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, duration, instrumental, audioFormat, loudnessPreset, style, title, customMode);
    }

    @Override
    public String toString() {
        return "MusicParams{description=" + description + ", duration=" + duration + ", instrumental=" + instrumental
                + ", audioFormat=" + audioFormat + ", loudnessPreset=" + loudnessPreset + ", style=" + style
                + ", title=" + title + ", customMode=" + customMode + "}";
    }

    /** Builds {@link MusicParams}. */
    public static final class Builder {
        private String description;
        private Integer duration;
        private Boolean instrumental;
        private AudioFormat audioFormat;
        private LoudnessPreset loudnessPreset;
        private String style;
        private String title;
        private Boolean customMode;

        private Builder() {
        }

        /** What to generate (required). */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The length in seconds, 30 to 480 (default 120). */
        public Builder duration(int seconds) {
            this.duration = seconds;
            return this;
        }

        /** Whether the track has no vocals (default false). */
        public Builder instrumental(boolean instrumental) {
            this.instrumental = instrumental;
            return this;
        }

        /** mp3 (default) or wav. */
        public Builder audioFormat(AudioFormat audioFormat) {
            this.audioFormat = audioFormat;
            return this;
        }

        /** streaming (default), apple or broadcast. */
        public Builder loudnessPreset(LoudnessPreset loudnessPreset) {
            this.loudnessPreset = loudnessPreset;
            return this;
        }

        /** The musical style, at most 1000 characters. */
        public Builder style(String style) {
            this.style = style;
            return this;
        }

        /** The track's title. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Uses the provider's custom mode. */
        public Builder customMode(boolean customMode) {
            this.customMode = customMode;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @throws ValidationException when a value is outside what VAP accepts
         */
        public MusicParams build() {
            return new MusicParams(this);
        }
    }
}
