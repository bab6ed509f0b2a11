package dev.mediagen.apex;

import dev.mediagen.core.ValidationException;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** {@code POST /api/generate/clip} (30 credits): the best clips of a long video, by AI viral score. */
public final class ClipRequest extends GenerationRequest {
    private final String sourceVideoUrl;
    private final Integer maxClips;
    private final Integer minDuration;
    private final Integer maxDuration;
    private final Boolean addCaptions;
    private final AspectRatio aspectRatio;
    private final Double viralScoreThreshold;

    private ClipRequest(Builder b) {
        this.sourceVideoUrl = b.sourceVideoUrl;
        this.maxClips = b.maxClips;
        this.minDuration = b.minDuration;
        this.maxDuration = b.maxDuration;
        this.addCaptions = b.addCaptions;
        this.aspectRatio = b.aspectRatio;
        this.viralScoreThreshold = b.viralScoreThreshold;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public JobKind kind() {
        return JobKind.CLIP;
    }

    @Override
    public String path() {
        return "/api/generate/clip";
    }

    /** The HTTPS URL of the source video. */
    public String sourceVideoUrl() {
        return sourceVideoUrl;
    }

    /** The most clips to extract (1 to 20). */
    public OptionalInt maxClips() {
        return maxClips == null ? OptionalInt.empty() : OptionalInt.of(maxClips);
    }

    /** The shortest clip in seconds. */
    public OptionalInt minDuration() {
        return minDuration == null ? OptionalInt.empty() : OptionalInt.of(minDuration);
    }

    /** The longest clip in seconds. */
    public OptionalInt maxDuration() {
        return maxDuration == null ? OptionalInt.empty() : OptionalInt.of(maxDuration);
    }

    /** Whether to add captions. */
    public Optional<Boolean> addCaptions() {
        return Optional.ofNullable(addCaptions);
    }

    /** The aspect ratio. */
    public Optional<AspectRatio> aspectRatio() {
        return Optional.ofNullable(aspectRatio);
    }

    /** The minimum viral score (1 to 10). */
    public OptionalDouble viralScoreThreshold() {
        return viralScoreThreshold == null ? OptionalDouble.empty() : OptionalDouble.of(viralScoreThreshold);
    }

    @Override
    Map<String, Object> body() {
        Object threshold = viralScoreThreshold == null ? null
                : viralScoreThreshold == Math.rint(viralScoreThreshold) ? (Object) viralScoreThreshold.intValue()
                : viralScoreThreshold;
        return new Body().put("sourceVideoUrl", sourceVideoUrl).put("maxClips", maxClips).put("minDuration", minDuration)
                .put("maxDuration", maxDuration).put("addCaptions", addCaptions).put("aspectRatio", aspectRatio)
                .put("viralScoreThreshold", threshold).build();
    }

    @Override
    public String toString() {
        return "ClipRequest{maxClips=" + maxClips + ", minDuration=" + minDuration + ", maxDuration=" + maxDuration
                + ", addCaptions=" + addCaptions + ", aspectRatio=" + aspectRatio + ", viralScoreThreshold="
                + viralScoreThreshold + "}";
    }

    /** Builds a {@link ClipRequest}. */
    public static final class Builder {
        private String sourceVideoUrl;
        private Integer maxClips;
        private Integer minDuration;
        private Integer maxDuration;
        private Boolean addCaptions;
        private AspectRatio aspectRatio;
        private Double viralScoreThreshold;

        private Builder() {
        }

        /** The HTTPS URL of the source video (required). */
        public Builder sourceVideoUrl(String sourceVideoUrl) {
            this.sourceVideoUrl = sourceVideoUrl;
            return this;
        }

        /** The most clips to extract, 1 to 20. */
        public Builder maxClips(int maxClips) {
            this.maxClips = maxClips;
            return this;
        }

        /** The shortest clip in seconds (positive). */
        public Builder minDuration(int seconds) {
            this.minDuration = seconds;
            return this;
        }

        /** The longest clip in seconds (positive, not below the minimum). */
        public Builder maxDuration(int seconds) {
            this.maxDuration = seconds;
            return this;
        }

        /** Whether to add captions. */
        public Builder addCaptions(boolean addCaptions) {
            this.addCaptions = addCaptions;
            return this;
        }

        /** The aspect ratio. */
        public Builder aspectRatio(AspectRatio aspectRatio) {
            this.aspectRatio = aspectRatio;
            return this;
        }

        /** The minimum viral score, 1 to 10. */
        public Builder viralScoreThreshold(double threshold) {
            this.viralScoreThreshold = threshold;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws ValidationException when a documented constraint is broken
         */
        public ClipRequest build() {
            Checks.httpsUrl("sourceVideoUrl", sourceVideoUrl);
            Checks.range("maxClips", maxClips, 1, 20);
            Checks.positive("minDuration", minDuration);
            Checks.positive("maxDuration", maxDuration);
            if (minDuration != null && maxDuration != null && minDuration > maxDuration) {
                throw new ValidationException("minDuration (" + minDuration + ") must not exceed maxDuration ("
                        + maxDuration + ")");
            }
            Checks.range("viralScoreThreshold", viralScoreThreshold, 1, 10);
            return new ClipRequest(this);
        }
    }
}
