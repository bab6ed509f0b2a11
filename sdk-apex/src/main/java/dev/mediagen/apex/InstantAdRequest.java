package dev.mediagen.apex;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/** {@code POST /api/generate/instant-ad} (500 to 1,250 credits): ad creatives generated from a website. */
public final class InstantAdRequest extends GenerationRequest {
    private final String websiteUrl;
    private final Platform platform;
    private final int count;
    private final AdStyle style;
    private final AdFormat outputFormat;
    private final String brandProfileId;

    private InstantAdRequest(Builder b) {
        this.websiteUrl = b.websiteUrl;
        this.platform = b.platform;
        this.count = b.count;
        this.style = b.style;
        this.outputFormat = b.outputFormat;
        this.brandProfileId = b.brandProfileId;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public JobKind kind() {
        return JobKind.INSTANT_AD;
    }

    @Override
    public String path() {
        return "/api/generate/instant-ad";
    }

    /** The product or landing page URL. */
    public String websiteUrl() {
        return websiteUrl;
    }

    /** The platform (tiktok, youtube, instagram, facebook or linkedin). */
    public Platform platform() {
        return platform;
    }

    /** The number of variations (1 to 4). */
    public int count() {
        return count;
    }

    /** The creative style. */
    public AdStyle style() {
        return style;
    }

    /** The output format. */
    public Optional<AdFormat> outputFormat() {
        return Optional.ofNullable(outputFormat);
    }

    /** A saved brand profile's id. */
    public Optional<String> brandProfileId() {
        return Optional.ofNullable(brandProfileId);
    }

    @Override
    Map<String, Object> body() {
        return new Body().put("websiteUrl", websiteUrl).put("platform", platform).put("count", count).put("style", style)
                .put("outputFormat", outputFormat).put("brandProfileId", brandProfileId).build();
    }

    @Override
    public String toString() {
        return "InstantAdRequest{platform=" + platform + ", count=" + count + ", style=" + style + ", outputFormat="
                + outputFormat + "}";
    }

    /** Builds an {@link InstantAdRequest}. */
    public static final class Builder {
        private String websiteUrl;
        private Platform platform;
        private int count;
        private AdStyle style;
        private AdFormat outputFormat;
        private String brandProfileId;

        private Builder() {
        }

        /** The product or landing page URL (required). */
        public Builder websiteUrl(String websiteUrl) {
            this.websiteUrl = websiteUrl;
            return this;
        }

        /** The platform (required): tiktok, youtube, instagram, facebook or linkedin. */
        public Builder platform(Platform platform) {
            this.platform = platform;
            return this;
        }

        /** The number of variations (required), 1 to 4. */
        public Builder count(int count) {
            this.count = count;
            return this;
        }

        /** The creative style (required). */
        public Builder style(AdStyle style) {
            this.style = style;
            return this;
        }

        /** The output format. */
        public Builder outputFormat(AdFormat outputFormat) {
            this.outputFormat = outputFormat;
            return this;
        }

        /** A saved brand profile's id. */
        public Builder brandProfileId(String brandProfileId) {
            this.brandProfileId = brandProfileId;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws dev.mediagen.core.ValidationException when a documented constraint is broken
         */
        public InstantAdRequest build() {
            Checks.url("websiteUrl", websiteUrl);
            Checks.present("platform", platform);
            Checks.oneOf("platform", platform, EnumSet.of(Platform.TIKTOK, Platform.YOUTUBE, Platform.INSTAGRAM,
                    Platform.FACEBOOK, Platform.LINKEDIN), Platform::value);
            Checks.range("count", count, 1, 4);
            Checks.present("style", style);
            Checks.optional("brandProfileId", brandProfileId);
            return new InstantAdRequest(this);
        }
    }
}
