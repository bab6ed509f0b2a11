package dev.mediagen.videogen.model;

import java.util.List;
import java.util.Optional;

/** {@code POST /v1/workflows/slideshow-to-video}: a narrated video with transitions and captions from a slideshow. */
public final class SlideshowToVideoRequest extends WorkflowRequest {
    private final String fileId;
    private final List<String> slideScripts;
    private final String language;
    private final String voiceId;
    private final Double voiceSpeed;
    private final String avatarPresenterId;
    private final CaptionStyle captionStyle;
    private final String logoFileId;

    private SlideshowToVideoRequest(Builder b) {
        super(b);
        Checks.atLeast("voiceSpeed", b.voiceSpeed, 0.0);
        this.fileId = Checks.requireText("fileId", b.fileId);
        this.slideScripts = Checks.items("slideScripts", b.slideScripts);
        this.language = Checks.optionalText("language", b.language);
        this.voiceId = Checks.optionalText("voiceId", b.voiceId);
        this.voiceSpeed = b.voiceSpeed;
        this.avatarPresenterId = Checks.optionalText("avatarPresenterId", b.avatarPresenterId);
        this.captionStyle = b.captionStyle;
        this.logoFileId = Checks.optionalText("logoFileId", b.logoFileId);
    }

    /** A builder for the slideshow {@code fileId}. */
    public static Builder builder(String fileId) {
        return new Builder().fileId(fileId);
    }

    @Override
    public WorkflowType workflowType() {
        return WorkflowType.SLIDESHOW_TO_VIDEO;
    }

    @Override
    public String path() {
        return "/v1/workflows/slideshow-to-video";
    }

    /** The PDF or SLIDESHOW file. */
    public String fileId() {
        return fileId;
    }

    /** The narration of each slide, in order (default: written from the slides). */
    public List<String> slideScripts() {
        return Checks.listOrEmpty(slideScripts);
    }

    /** The BCP-47 language of the narration, e.g. {@code en-US}. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** The narrator's voice. */
    public Optional<String> voiceId() {
        return Optional.ofNullable(voiceId);
    }

    /** The narration speed multiplier. */
    public Optional<Double> voiceSpeed() {
        return Optional.ofNullable(voiceSpeed);
    }

    /** A presenter that appears on screen. */
    public Optional<String> avatarPresenterId() {
        return Optional.ofNullable(avatarPresenterId);
    }

    /** How captions look. */
    public Optional<CaptionStyle> captionStyle() {
        return Optional.ofNullable(captionStyle);
    }

    /** A logo image to place on the video. */
    public Optional<String> logoFileId() {
        return Optional.ofNullable(logoFileId);
    }

    /** Builds a {@link SlideshowToVideoRequest}. */
    public static final class Builder extends WorkflowRequest.Builder<Builder, SlideshowToVideoRequest> {
        private String fileId;
        private List<String> slideScripts;
        private String language;
        private String voiceId;
        private Double voiceSpeed;
        private String avatarPresenterId;
        private CaptionStyle captionStyle;
        private String logoFileId;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** The PDF or SLIDESHOW file. Required. */
        public Builder fileId(String fileId) {
            this.fileId = fileId;
            return this;
        }

        /** The narration of each slide, in order (default: written from the slides). */
        public Builder slideScripts(List<String> slideScripts) {
            this.slideScripts = slideScripts;
            return this;
        }

        /** The BCP-47 language of the narration, e.g. {@code en-US}. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** The narrator's voice. */
        public Builder voiceId(String voiceId) {
            this.voiceId = voiceId;
            return this;
        }

        /** The narration speed multiplier. */
        public Builder voiceSpeed(double voiceSpeed) {
            this.voiceSpeed = voiceSpeed;
            return this;
        }

        /** A presenter that appears on screen. */
        public Builder avatarPresenterId(String avatarPresenterId) {
            this.avatarPresenterId = avatarPresenterId;
            return this;
        }

        /** How captions look. */
        public Builder captionStyle(CaptionStyle captionStyle) {
            this.captionStyle = captionStyle;
            return this;
        }

        /** A logo image to place on the video. */
        public Builder logoFileId(String logoFileId) {
            this.logoFileId = logoFileId;
            return this;
        }

        @Override
        public SlideshowToVideoRequest build() {
            return new SlideshowToVideoRequest(this);
        }
    }
}
