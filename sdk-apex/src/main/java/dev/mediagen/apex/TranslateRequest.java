package dev.mediagen.apex;

import java.util.Map;
import java.util.Optional;

/** {@code POST /api/generate/translate} (1,800 credits): a video translated to another language with lip-sync. */
public final class TranslateRequest extends GenerationRequest {
    private final String videoUrl;
    private final String outputLanguage;
    private final Boolean preserveOriginalVoice;

    private TranslateRequest(Builder b) {
        this.videoUrl = b.videoUrl;
        this.outputLanguage = b.outputLanguage;
        this.preserveOriginalVoice = b.preserveOriginalVoice;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public JobKind kind() {
        return JobKind.TRANSLATE;
    }

    @Override
    public String path() {
        return "/api/generate/translate";
    }

    /** The HTTPS URL of the source video. */
    public String videoUrl() {
        return videoUrl;
    }

    /** The target language's ISO code. */
    public String outputLanguage() {
        return outputLanguage;
    }

    /** Whether to keep the original voice's timbre. */
    public Optional<Boolean> preserveOriginalVoice() {
        return Optional.ofNullable(preserveOriginalVoice);
    }

    @Override
    Map<String, Object> body() {
        return new Body().put("videoUrl", videoUrl).put("outputLanguage", outputLanguage)
                .put("preserveOriginalVoice", preserveOriginalVoice).build();
    }

    @Override
    public String toString() {
        return "TranslateRequest{outputLanguage=" + outputLanguage + ", preserveOriginalVoice=" + preserveOriginalVoice
                + "}";
    }

    /** Builds a {@link TranslateRequest}. */
    public static final class Builder {
        private String videoUrl;
        private String outputLanguage;
        private Boolean preserveOriginalVoice;

        private Builder() {
        }

        /** The HTTPS URL of the source video (required). */
        public Builder videoUrl(String videoUrl) {
            this.videoUrl = videoUrl;
            return this;
        }

        /** The target language's ISO code (required), e.g. {@code es}. */
        public Builder outputLanguage(String outputLanguage) {
            this.outputLanguage = outputLanguage;
            return this;
        }

        /** Whether to keep the original voice's timbre. */
        public Builder preserveOriginalVoice(boolean preserve) {
            this.preserveOriginalVoice = preserve;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws dev.mediagen.core.ValidationException when a documented constraint is broken
         */
        public TranslateRequest build() {
            Checks.httpsUrl("videoUrl", videoUrl);
            Checks.required("outputLanguage", outputLanguage);
            Checks.language("outputLanguage", outputLanguage);
            return new TranslateRequest(this);
        }
    }
}
