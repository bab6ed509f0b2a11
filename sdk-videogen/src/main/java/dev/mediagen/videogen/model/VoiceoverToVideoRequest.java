package dev.mediagen.videogen.model;

import java.util.List;
import java.util.Optional;

/** {@code POST /v1/workflows/voiceover-to-video}: visuals and captions added to a recorded voiceover. */
public final class VoiceoverToVideoRequest extends WorkflowRequest {
    private final String fileId;
    private final VisualStyle visualStyle;
    private final VisualPacing visualPacing;
    private final WorkflowQuality quality;
    private final String language;
    private final CaptionStyle captionStyle;
    private final String logoFileId;
    private final String workflowAgentContext;

    private VoiceoverToVideoRequest(Builder b) {
        super(b);

        this.fileId = Checks.requireText("fileId", b.fileId);
        this.visualStyle = Checks.require("visualStyle", b.visualStyle);
        this.visualPacing = b.visualPacing;
        this.quality = b.quality;
        this.language = Checks.optionalText("language", b.language);
        this.captionStyle = b.captionStyle;
        this.logoFileId = Checks.optionalText("logoFileId", b.logoFileId);
        this.workflowAgentContext = b.workflowAgentContext;
    }

    /** A builder for the voiceover {@code fileId} with visuals in {@code visualStyle}. */
    public static Builder builder(String fileId, VisualStyle visualStyle) {
        return new Builder().fileId(fileId).visualStyle(visualStyle);
    }

    @Override
    public WorkflowType workflowType() {
        return WorkflowType.VOICEOVER_TO_VIDEO;
    }

    @Override
    public String path() {
        return "/v1/workflows/voiceover-to-video";
    }

    /** The AUDIO or VIDEO file of the voiceover. */
    public String fileId() {
        return fileId;
    }

    /** How visuals are found. */
    public VisualStyle visualStyle() {
        return visualStyle;
    }

    /** FAST, MEDIUM (default) or SLOW. */
    public Optional<VisualPacing> visualPacing() {
        return Optional.ofNullable(visualPacing);
    }

    /** LOW, STANDARD (default) or HIGH. */
    public Optional<WorkflowQuality> quality() {
        return Optional.ofNullable(quality);
    }

    /** The BCP-47 language of the narration, e.g. {@code en-US}. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** How captions look. */
    public Optional<CaptionStyle> captionStyle() {
        return Optional.ofNullable(captionStyle);
    }

    /** A logo image to place on the video. */
    public Optional<String> logoFileId() {
        return Optional.ofNullable(logoFileId);
    }

    /** Extra guidance for VideoGen's agent (audience, tone, brand). */
    public Optional<String> workflowAgentContext() {
        return Optional.ofNullable(workflowAgentContext);
    }

    /** Builds a {@link VoiceoverToVideoRequest}. */
    public static final class Builder extends WorkflowRequest.Builder<Builder, VoiceoverToVideoRequest> {
        private String fileId;
        private VisualStyle visualStyle;
        private VisualPacing visualPacing;
        private WorkflowQuality quality;
        private String language;
        private CaptionStyle captionStyle;
        private String logoFileId;
        private String workflowAgentContext;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** The AUDIO or VIDEO file of the voiceover. Required. */
        public Builder fileId(String fileId) {
            this.fileId = fileId;
            return this;
        }

        /** How visuals are found: {@link VisualStyle#stock()}, {@link VisualStyle#aiImage(String)} or {@link VisualStyle#entity(String)}. Required. */
        public Builder visualStyle(VisualStyle visualStyle) {
            this.visualStyle = visualStyle;
            return this;
        }

        /** FAST, MEDIUM (default) or SLOW. */
        public Builder visualPacing(VisualPacing visualPacing) {
            this.visualPacing = visualPacing;
            return this;
        }

        /** LOW, STANDARD (default) or HIGH. */
        public Builder quality(WorkflowQuality quality) {
            this.quality = quality;
            return this;
        }

        /** The BCP-47 language of the narration, e.g. {@code en-US}. */
        public Builder language(String language) {
            this.language = language;
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

        /** Extra guidance for VideoGen's agent (audience, tone, brand). */
        public Builder workflowAgentContext(String workflowAgentContext) {
            this.workflowAgentContext = workflowAgentContext;
            return this;
        }

        @Override
        public VoiceoverToVideoRequest build() {
            return new VoiceoverToVideoRequest(this);
        }
    }
}
