package dev.mediagen.apex;

import dev.mediagen.core.ValidationException;
import java.util.Map;
import java.util.Optional;

/** {@code POST /api/generate/photoshoot} (30 credits): product photos with AI backgrounds and lighting. */
public final class PhotoshootRequest extends GenerationRequest {
    private final String productImage;
    private final PhotoBackground background;
    private final PhotoAngle angle;
    private final PhotoLighting lighting;
    private final int count;
    private final String customBackground;
    private final String model;

    private PhotoshootRequest(Builder b) {
        this.productImage = b.productImage;
        this.background = b.background;
        this.angle = b.angle;
        this.lighting = b.lighting;
        this.count = b.count;
        this.customBackground = b.customBackground;
        this.model = b.model;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public JobKind kind() {
        return JobKind.PHOTOSHOOT;
    }

    @Override
    public String path() {
        return "/api/generate/photoshoot";
    }

    /** The URL of the uploaded product photo. */
    public String productImage() {
        return productImage;
    }

    /** The background. */
    public PhotoBackground background() {
        return background;
    }

    /** The camera angle. */
    public PhotoAngle angle() {
        return angle;
    }

    /** The lighting. */
    public PhotoLighting lighting() {
        return lighting;
    }

    /** The number of photos (1 to 4). */
    public int count() {
        return count;
    }

    /** The background description when the background is {@code custom}. */
    public Optional<String> customBackground() {
        return Optional.ofNullable(customBackground);
    }

    /** The image model's id. */
    public Optional<String> model() {
        return Optional.ofNullable(model);
    }

    @Override
    Map<String, Object> body() {
        return new Body().put("productImage", productImage).put("background", background).put("angle", angle)
                .put("lighting", lighting).put("count", count).put("customBackground", customBackground)
                .put("model", model).build();
    }

    @Override
    public String toString() {
        return "PhotoshootRequest{background=" + background + ", angle=" + angle + ", lighting=" + lighting + ", count="
                + count + ", model=" + model + "}";
    }

    /** Builds a {@link PhotoshootRequest}. */
    public static final class Builder {
        private String productImage;
        private PhotoBackground background;
        private PhotoAngle angle;
        private PhotoLighting lighting;
        private int count;
        private String customBackground;
        private String model;

        private Builder() {
        }

        /** The URL of the uploaded product photo (required). */
        public Builder productImage(String url) {
            this.productImage = url;
            return this;
        }

        /** The background (required). */
        public Builder background(PhotoBackground background) {
            this.background = background;
            return this;
        }

        /** The camera angle (required). */
        public Builder angle(PhotoAngle angle) {
            this.angle = angle;
            return this;
        }

        /** The lighting (required). */
        public Builder lighting(PhotoLighting lighting) {
            this.lighting = lighting;
            return this;
        }

        /** The number of photos (required), 1 to 4. */
        public Builder count(int count) {
            this.count = count;
            return this;
        }

        /** Describes the background; required with, and only allowed with, {@link PhotoBackground#CUSTOM}. */
        public Builder customBackground(String description) {
            this.customBackground = description;
            return this;
        }

        /** The image model's id. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws ValidationException when a documented constraint is broken
         */
        public PhotoshootRequest build() {
            Checks.url("productImage", productImage);
            Checks.present("background", background);
            Checks.present("angle", angle);
            Checks.present("lighting", lighting);
            Checks.range("count", count, 1, 4);
            Checks.optional("customBackground", customBackground);
            if (background == PhotoBackground.CUSTOM && customBackground == null) {
                throw new ValidationException("customBackground is required when background is custom");
            }
            if (background != PhotoBackground.CUSTOM && customBackground != null) {
                throw new ValidationException("customBackground is only used when background is custom");
            }
            Checks.optional("model", model);
            return new PhotoshootRequest(this);
        }
    }
}
