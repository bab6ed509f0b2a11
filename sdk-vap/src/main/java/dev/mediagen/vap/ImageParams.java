package dev.mediagen.vap;

import java.util.Objects;
import java.util.Optional;

/** Parameters of an {@code image_generation} task (Tier 1+, $0.18; quality {@code high} costs 1.5 times as much). */
public final class ImageParams implements TaskParams {
    private final String description;
    private final AspectRatio aspectRatio;
    private final ImageQuality quality;

    private ImageParams(Builder b) {
        this.description = Check.text(b.description, "description");
        this.aspectRatio = b.aspectRatio;
        this.quality = b.quality;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Parameters with only a description (VAP's defaults for everything else). */
    public static ImageParams of(String description) {
        return builder().description(description).build();
    }

    @Override
    public TaskType type() {
        return TaskType.IMAGE_GENERATION;
    }

    @Override
    public String description() {
        return description;
    }

    /** The aspect ratio; empty means VAP's default (1:1, or one detected from the description). */
    public Optional<AspectRatio> aspectRatio() {
        return Optional.ofNullable(aspectRatio);
    }

    /** The quality; empty means {@code standard}. */
    public Optional<ImageQuality> quality() {
        return Optional.ofNullable(quality);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ImageParams)) {
            return false;
        }
        ImageParams other = (ImageParams) o;
        return description.equals(other.description) && aspectRatio == other.aspectRatio && quality == other.quality;
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, aspectRatio, quality);
    }

    @Override
    public String toString() {
        return "ImageParams{description=" + description + ", aspectRatio=" + aspectRatio + ", quality=" + quality + "}";
    }

    /** Builds {@link ImageParams}. */
    public static final class Builder {
        private String description;
        private AspectRatio aspectRatio;
        private ImageQuality quality;

        private Builder() {
        }

        /** What to generate (required). */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The aspect ratio (default 1:1 or detected from the description). */
        public Builder aspectRatio(AspectRatio aspectRatio) {
            this.aspectRatio = aspectRatio;
            return this;
        }

        /**
         * The aspect ratio as VAP writes it, e.g. {@code "16:9"}.
         *
         * @throws dev.mediagen.core.ValidationException when VAP documents no such ratio
         */
        public Builder aspectRatio(String aspectRatio) {
            return aspectRatio(AspectRatio.parse(aspectRatio));
        }

        /** The quality (default {@code standard}). */
        public Builder quality(ImageQuality quality) {
            this.quality = quality;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @throws dev.mediagen.core.ValidationException when the description is missing
         */
        public ImageParams build() {
            return new ImageParams(this);
        }
    }
}
