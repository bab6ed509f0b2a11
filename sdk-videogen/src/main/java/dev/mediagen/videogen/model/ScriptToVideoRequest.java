package dev.mediagen.videogen.model;

import java.util.List;
import java.util.Optional;

/** {@code POST /v1/workflows/script-to-video}: a narrated video with visuals and captions from a script. */
public final class ScriptToVideoRequest extends WorkflowRequest {
    private final String script;
    private final VisualStyle visualStyle;
    private final VisualPacing visualPacing;
    private final WorkflowQuality quality;
    private final String language;
    private final String voiceId;
    private final Double voiceSpeed;
    private final String avatarPresenterId;
    private final List<String> featuredBRollFileIds;
    private final String workflowAgentContext;

    private ScriptToVideoRequest(Builder b) {
        super(b);
        Checks.atLeast("voiceSpeed", b.voiceSpeed, 0.0);
        this.script = Checks.requireText("script", b.script);
        this.visualStyle = Checks.require("visualStyle", b.visualStyle);
        this.visualPacing = b.visualPacing;
        this.quality = b.quality;
        this.language = Checks.optionalText("language", b.language);
        this.voiceId = Checks.optionalText("voiceId", b.voiceId);
        this.voiceSpeed = b.voiceSpeed;
        this.avatarPresenterId = Checks.optionalText("avatarPresenterId", b.avatarPresenterId);
        this.featuredBRollFileIds = Checks.texts("featuredBRollFileIds", b.featuredBRollFileIds);
        this.workflowAgentContext = b.workflowAgentContext;
    }

    /** A builder for {@code script} narrated over visuals in {@code visualStyle}. */
    public static Builder builder(String script, VisualStyle visualStyle) {
        return new Builder().script(script).visualStyle(visualStyle);
    }

    @Override
    public WorkflowType workflowType() {
        return WorkflowType.SCRIPT_TO_VIDEO;
    }

    @Override
    public String path() {
        return "/v1/workflows/script-to-video";
    }

    /** The narration script. */
    public String script() {
        return script;
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

    /** Your own files to feature as B-roll. */
    public List<String> featuredBRollFileIds() {
        return Checks.listOrEmpty(featuredBRollFileIds);
    }

    /** Extra guidance for VideoGen's agent (audience, tone, brand). */
    public Optional<String> workflowAgentContext() {
        return Optional.ofNullable(workflowAgentContext);
    }

    /** Builds a {@link ScriptToVideoRequest}. */
    public static final class Builder extends WorkflowRequest.Builder<Builder, ScriptToVideoRequest> {
        private String script;
        private VisualStyle visualStyle;
        private VisualPacing visualPacing;
        private WorkflowQuality quality;
        private String language;
        private String voiceId;
        private Double voiceSpeed;
        private String avatarPresenterId;
        private List<String> featuredBRollFileIds;
        private String workflowAgentContext;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** The narration script. Required. */
        public Builder script(String script) {
            this.script = script;
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

        /** Your own files to feature as B-roll. */
        public Builder featuredBRollFileIds(List<String> featuredBRollFileIds) {
            this.featuredBRollFileIds = featuredBRollFileIds;
            return this;
        }

        /** Extra guidance for VideoGen's agent (audience, tone, brand). */
        public Builder workflowAgentContext(String workflowAgentContext) {
            this.workflowAgentContext = workflowAgentContext;
            return this;
        }

        @Override
        public ScriptToVideoRequest build() {
            return new ScriptToVideoRequest(this);
        }
    }
}
