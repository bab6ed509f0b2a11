package dev.mediagen.apex;

import dev.mediagen.core.ValidationException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@code POST /api/generate/commercial} (3,000 credits): a complete commercial with script, voiceover and visuals. */
public final class CommercialRequest extends GenerationRequest {
    private final String product;
    private final Platform platform;
    private final int duration;
    private final CommercialTone tone;
    private final String targetAudience;
    private final String spokespersonImage;
    private final List<String> productImages;
    private final String voiceId;
    private final String voiceModel;
    private final String musicMood;
    private final String videoModel;

    private CommercialRequest(Builder b) {
        this.product = b.product;
        this.platform = b.platform;
        this.duration = b.duration;
        this.tone = b.tone;
        this.targetAudience = b.targetAudience;
        this.spokespersonImage = b.spokespersonImage;
        this.productImages = List.copyOf(b.productImages);
        this.voiceId = b.voiceId;
        this.voiceModel = b.voiceModel;
        this.musicMood = b.musicMood;
        this.videoModel = b.videoModel;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public JobKind kind() {
        return JobKind.COMMERCIAL;
    }

    @Override
    public String path() {
        return "/api/generate/commercial";
    }

    /** The product name or description. */
    public String product() {
        return product;
    }

    /** The platform (tiktok, youtube, instagram or tv). */
    public Platform platform() {
        return platform;
    }

    /** The length in seconds: 15, 30 or 60. */
    public int duration() {
        return duration;
    }

    /** The tone. */
    public CommercialTone tone() {
        return tone;
    }

    /** The target audience. */
    public Optional<String> targetAudience() {
        return Optional.ofNullable(targetAudience);
    }

    /** The URL of the AI spokesperson's image. */
    public Optional<String> spokespersonImage() {
        return Optional.ofNullable(spokespersonImage);
    }

    /** Product image URLs. */
    public List<String> productImages() {
        return productImages;
    }

    /** A custom voice's id. */
    public Optional<String> voiceId() {
        return Optional.ofNullable(voiceId);
    }

    /** The TTS model. */
    public Optional<String> voiceModel() {
        return Optional.ofNullable(voiceModel);
    }

    /** The background music mood. */
    public Optional<String> musicMood() {
        return Optional.ofNullable(musicMood);
    }

    /** The video model. */
    public Optional<String> videoModel() {
        return Optional.ofNullable(videoModel);
    }

    @Override
    Map<String, Object> body() {
        return new Body().put("product", product).put("platform", platform).put("duration", duration).put("tone", tone)
                .put("targetAudience", targetAudience).put("spokespersonImage", spokespersonImage)
                .put("productImages", productImages.isEmpty() ? null : productImages).put("voiceId", voiceId)
                .put("voiceModel", voiceModel).put("musicMood", musicMood).put("videoModel", videoModel).build();
    }

    @Override
    public String toString() {
        return "CommercialRequest{platform=" + platform + ", duration=" + duration + ", tone=" + tone
                + ", productImages=" + productImages.size() + "}";
    }

    /** Builds a {@link CommercialRequest}. */
    public static final class Builder {
        private String product;
        private Platform platform;
        private int duration;
        private CommercialTone tone;
        private String targetAudience;
        private String spokespersonImage;
        private final List<String> productImages = new ArrayList<>();
        private String voiceId;
        private String voiceModel;
        private String musicMood;
        private String videoModel;

        private Builder() {
        }

        /** The product name or description (required). */
        public Builder product(String product) {
            this.product = product;
            return this;
        }

        /** The platform (required): tiktok, youtube, instagram or tv. */
        public Builder platform(Platform platform) {
            this.platform = platform;
            return this;
        }

        /** The length in seconds (required): 15, 30 or 60. */
        public Builder duration(int seconds) {
            this.duration = seconds;
            return this;
        }

        /** The tone (required). */
        public Builder tone(CommercialTone tone) {
            this.tone = tone;
            return this;
        }

        /** The target audience. */
        public Builder targetAudience(String targetAudience) {
            this.targetAudience = targetAudience;
            return this;
        }

        /** The URL of the AI spokesperson's image. */
        public Builder spokespersonImage(String url) {
            this.spokespersonImage = url;
            return this;
        }

        /** Adds a product image URL. */
        public Builder addProductImage(String url) {
            this.productImages.add(url);
            return this;
        }

        /** Replaces the product image URLs. */
        public Builder productImages(List<String> urls) {
            this.productImages.clear();
            this.productImages.addAll(Objects.requireNonNull(urls, "urls"));
            return this;
        }

        /** A custom voice's id. */
        public Builder voiceId(String voiceId) {
            this.voiceId = voiceId;
            return this;
        }

        /** The TTS model. */
        public Builder voiceModel(String voiceModel) {
            this.voiceModel = voiceModel;
            return this;
        }

        /** The background music mood. */
        public Builder musicMood(String musicMood) {
            this.musicMood = musicMood;
            return this;
        }

        /** The video model. */
        public Builder videoModel(String videoModel) {
            this.videoModel = videoModel;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws ValidationException when a documented constraint is broken
         */
        public CommercialRequest build() {
            Checks.required("product", product);
            Checks.present("platform", platform);
            Checks.oneOf("platform", platform, EnumSet.of(Platform.TIKTOK, Platform.YOUTUBE, Platform.INSTAGRAM,
                    Platform.TV), Platform::value);
            if (duration != 15 && duration != 30 && duration != 60) {
                throw new ValidationException("duration must be 15, 30 or 60 seconds (got " + duration + ")");
            }
            Checks.present("tone", tone);
            Checks.optional("targetAudience", targetAudience);
            if (spokespersonImage != null) {
                Checks.url("spokespersonImage", spokespersonImage);
            }
            for (String url : productImages) {
                Checks.url("productImages[]", url);
            }
            Checks.optional("voiceId", voiceId);
            Checks.optional("voiceModel", voiceModel);
            Checks.optional("musicMood", musicMood);
            Checks.optional("videoModel", videoModel);
            return new CommercialRequest(this);
        }
    }
}
