package dev.mediagen.rynjer;

import dev.mediagen.core.ValidationException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The billable units of a generation or estimate ({@code units} on the wire): image count (1, 2, 4 or 8; it
 * multiplies the cost), resolution (e.g. {@code 1K}, {@code 4K}, {@code 720p}, {@code 1080p}), duration in
 * seconds and aspect ratio (e.g. {@code 16:9}).
 */
public final class Units {
    private static final Set<Integer> COUNTS = Set.of(1, 2, 4, 8);
    private static final Pattern ASPECT_RATIO = Pattern.compile("[1-9]\\d{0,3}:[1-9]\\d{0,3}");

    private final Integer count;
    private final String resolution;
    private final Integer duration;
    private final String aspectRatio;

    private Units(Builder b) {
        this.count = b.count;
        this.resolution = b.resolution;
        this.duration = b.duration;
        this.aspectRatio = b.aspectRatio;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Shorthand for {@code count} images (1, 2, 4 or 8). */
    public static Units count(int count) {
        return builder().count(count).build();
    }

    /** How many outputs (1, 2, 4 or 8). */
    public OptionalInt count() {
        return count == null ? OptionalInt.empty() : OptionalInt.of(count);
    }

    /** The resolution, e.g. {@code 4K} or {@code 1080p}. */
    public Optional<String> resolution() {
        return Optional.ofNullable(resolution);
    }

    /** The duration in seconds (video, music). */
    public OptionalInt duration() {
        return duration == null ? OptionalInt.empty() : OptionalInt.of(duration);
    }

    /** The aspect ratio, e.g. {@code 16:9}. */
    public Optional<String> aspectRatio() {
        return Optional.ofNullable(aspectRatio);
    }

    @Override
    public String toString() {
        return "Units{count=" + count + ", resolution=" + resolution + ", duration=" + duration
                + ", aspectRatio=" + aspectRatio + "}";
    }

    /** Builds {@link Units}; {@link #build()} checks every documented constraint. */
    public static final class Builder {
        private Integer count;
        private String resolution;
        private Integer duration;
        private String aspectRatio;

        private Builder() {
        }

        /** How many outputs: 1, 2, 4 or 8. */
        public Builder count(int count) {
            this.count = count;
            return this;
        }

        /** The resolution, e.g. {@code 1K}, {@code 4K}, {@code 720p}, {@code 1080p}. */
        public Builder resolution(String resolution) {
            this.resolution = resolution;
            return this;
        }

        /** The duration in seconds (video, music). */
        public Builder duration(int seconds) {
            this.duration = seconds;
            return this;
        }

        /** The aspect ratio as {@code W:H}, e.g. {@code 16:9}. */
        public Builder aspectRatio(String aspectRatio) {
            this.aspectRatio = aspectRatio;
            return this;
        }

        /**
         * Builds the units.
         *
         * @throws ValidationException when count is not 1, 2, 4 or 8, the duration is not positive, the
         *     resolution is blank or the aspect ratio is not {@code W:H}
         */
        public Units build() {
            if (count != null && !COUNTS.contains(count)) {
                throw new ValidationException("units.count must be 1, 2, 4 or 8, got " + count);
            }
            if (resolution != null && (resolution.isBlank() || resolution.length() > 16)) {
                throw new ValidationException("units.resolution must be a short non-blank value such as 1K or 1080p");
            }
            if (duration != null && (duration <= 0 || duration > 3600)) {
                throw new ValidationException("units.duration must be between 1 and 3600 seconds, got " + duration);
            }
            if (aspectRatio != null && !ASPECT_RATIO.matcher(aspectRatio).matches()) {
                throw new ValidationException("units.aspect_ratio must look like 16:9, got '" + aspectRatio + "'");
            }
            return new Units(this);
        }
    }
}
