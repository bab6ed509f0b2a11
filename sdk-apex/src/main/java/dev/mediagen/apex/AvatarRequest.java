package dev.mediagen.apex;

import dev.mediagen.core.ValidationException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/** {@code POST /api/generate/avatar} (750 credits): a talking-head video from a photo and a script or audio. */
public final class AvatarRequest extends GenerationRequest {
    private final String image;
    private final Resolution resolution;
    private final AvatarModel model;
    private final String audio;
    private final String text;
    private final String voiceId;

    private AvatarRequest(Builder b) {
        this.image = b.image;
        this.resolution = b.resolution;
        this.model = b.model;
        this.audio = b.audio;
        this.text = b.text;
        this.voiceId = b.voiceId;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public JobKind kind() {
        return JobKind.AVATAR;
    }

    @Override
    public String path() {
        return "/api/generate/avatar";
    }

    /** The HTTPS URL of the spokesperson photo. */
    public String image() {
        return image;
    }

    /** The resolution (480p, 720p or 1080p). */
    public Resolution resolution() {
        return resolution;
    }

    /** The avatar model. */
    public AvatarModel model() {
        return model;
    }

    /** The URL of pre-recorded audio. */
    public Optional<String> audio() {
        return Optional.ofNullable(audio);
    }

    /** The text to speak when there is no audio. */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** The voice for text to speech. */
    public Optional<String> voiceId() {
        return Optional.ofNullable(voiceId);
    }

    @Override
    Map<String, Object> body() {
        return new Body().put("image", image).put("resolution", resolution).put("model", model).put("audio", audio)
                .put("text", text).put("voiceId", voiceId).build();
    }

    @Override
    public String toString() {
        return "AvatarRequest{resolution=" + resolution + ", model=" + model + ", audio=" + (audio != null)
                + ", text=" + (text == null ? 0 : text.length()) + " chars}";
    }

    /** Builds an {@link AvatarRequest}. */
    public static final class Builder {
        private String image;
        private Resolution resolution;
        private AvatarModel model;
        private String audio;
        private String text;
        private String voiceId;

        private Builder() {
        }

        /** The HTTPS URL of the spokesperson photo (required). */
        public Builder image(String image) {
            this.image = image;
            return this;
        }

        /** The resolution (required): 480p, 720p or 1080p. */
        public Builder resolution(Resolution resolution) {
            this.resolution = resolution;
            return this;
        }

        /** The avatar model (required). */
        public Builder model(AvatarModel model) {
            this.model = model;
            return this;
        }

        /** The URL of pre-recorded audio (instead of text). */
        public Builder audio(String audio) {
            this.audio = audio;
            return this;
        }

        /** The text to speak (when there is no audio). */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** The voice for text to speech. */
        public Builder voiceId(String voiceId) {
            this.voiceId = voiceId;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws ValidationException when a documented constraint is broken, or neither audio nor text is given
         */
        public AvatarRequest build() {
            Checks.httpsUrl("image", image);
            Checks.present("resolution", resolution);
            Checks.oneOf("resolution", resolution, EnumSet.allOf(Resolution.class), Resolution::value);
            Checks.present("model", model);
            if (audio != null) {
                Checks.url("audio", audio);
            }
            Checks.optional("text", text);
            Checks.optional("voiceId", voiceId);
            if (audio == null && text == null) {
                throw new ValidationException("avatar needs audio or text to speak");
            }
            return new AvatarRequest(this);
        }
    }
}
