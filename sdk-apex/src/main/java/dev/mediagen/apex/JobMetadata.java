package dev.mediagen.apex;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A finished job's type-specific {@code metadata}. Which fields are present depends on the job type: image
 * {@code model, width, height}; video and avatar {@code model, durationSeconds, resolution}; voice
 * {@code model, durationSeconds, language}; clip {@code clipCount, viralScores}; commercial
 * {@code sceneClips, platform, duration}; translate {@code outputLanguage, durationSeconds}; instant ad
 * {@code variationCount, platform, format}; photoshoot {@code photoCount, background, lighting}. Fields the SDK does
 * not know are kept in {@link #other()}.
 */
public final class JobMetadata {
    private static final JobMetadata EMPTY = new JobMetadata();

    private String model;
    private Integer width;
    private Integer height;
    private Long durationMs;
    private BigDecimal durationSeconds;
    private String resolution;
    private String language;
    private Integer clipCount;
    private List<BigDecimal> viralScores;
    private List<String> sceneClips;
    private String platform;
    private Integer duration;
    private String outputLanguage;
    private Integer variationCount;
    private String format;
    private Integer photoCount;
    private String background;
    private String lighting;
    @JsonAnySetter
    private Map<String, Object> other = new LinkedHashMap<>();

    private JobMetadata() {
    }

    /** Metadata with no fields. */
    static JobMetadata empty() {
        return EMPTY;
    }

    /** The model used (image, video, voice, avatar). */
    public Optional<String> model() {
        return Optional.ofNullable(model);
    }

    /** Image width in pixels. */
    public OptionalInt width() {
        return optional(width);
    }

    /** Image height in pixels. */
    public OptionalInt height() {
        return optional(height);
    }

    /** Generation time in milliseconds (in the image example). */
    public OptionalLong durationMs() {
        return durationMs == null ? OptionalLong.empty() : OptionalLong.of(durationMs);
    }

    /** Media length in seconds (video, voice, avatar, translate). */
    public Optional<BigDecimal> durationSeconds() {
        return Optional.ofNullable(durationSeconds);
    }

    /** Video resolution (video, avatar). */
    public Optional<String> resolution() {
        return Optional.ofNullable(resolution);
    }

    /** Spoken language (voice). */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** Number of clips extracted (clip). */
    public OptionalInt clipCount() {
        return optional(clipCount);
    }

    /** Viral score of each clip (clip). */
    public List<BigDecimal> viralScores() {
        return viralScores == null ? List.of() : Collections.unmodifiableList(viralScores);
    }

    /** URLs of the scene clips (commercial). */
    public List<String> sceneClips() {
        return sceneClips == null ? List.of() : Collections.unmodifiableList(sceneClips);
    }

    /** Target platform (commercial, instant ad). */
    public Optional<String> platform() {
        return Optional.ofNullable(platform);
    }

    /** Commercial length in seconds (commercial). */
    public OptionalInt duration() {
        return optional(duration);
    }

    /** Target language (translate). */
    public Optional<String> outputLanguage() {
        return Optional.ofNullable(outputLanguage);
    }

    /** Number of ad variations (instant ad). */
    public OptionalInt variationCount() {
        return optional(variationCount);
    }

    /** Output format (instant ad). */
    public Optional<String> format() {
        return Optional.ofNullable(format);
    }

    /** Number of photos (photoshoot). */
    public OptionalInt photoCount() {
        return optional(photoCount);
    }

    /** Background used (photoshoot). */
    public Optional<String> background() {
        return Optional.ofNullable(background);
    }

    /** Lighting used (photoshoot). */
    public Optional<String> lighting() {
        return Optional.ofNullable(lighting);
    }

    /** Metadata fields the SDK does not model. */
    public Map<String, Object> other() {
        return Collections.unmodifiableMap(other);
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("JobMetadata{");
        append(sb, "model", model);
        append(sb, "width", width);
        append(sb, "height", height);
        append(sb, "durationSeconds", durationSeconds);
        append(sb, "resolution", resolution);
        append(sb, "language", language);
        append(sb, "clipCount", clipCount);
        append(sb, "platform", platform);
        append(sb, "duration", duration);
        append(sb, "outputLanguage", outputLanguage);
        append(sb, "variationCount", variationCount);
        append(sb, "format", format);
        append(sb, "photoCount", photoCount);
        append(sb, "background", background);
        append(sb, "lighting", lighting);
        return sb.append('}').toString();
    }

    private static void append(StringBuilder sb, String name, Object value) {
        if (value != null) {
            sb.append(sb.charAt(sb.length() - 1) == '{' ? "" : ", ").append(name).append('=').append(value);
        }
    }
}
