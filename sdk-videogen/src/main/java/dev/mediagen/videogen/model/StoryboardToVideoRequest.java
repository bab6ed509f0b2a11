package dev.mediagen.videogen.model;

import dev.mediagen.core.ValidationException;
import java.util.List;
import java.util.Optional;

/** {@code POST /v1/workflows/storyboard-to-video}: a video generated scene by scene from a storyboard. */
public final class StoryboardToVideoRequest extends WorkflowRequest {
    private final List<StoryboardScene> scenes;
    private final SceneGeneration defaultGeneration;
    private final Integer defaultDurationSeconds;
    private final WorkflowQuality quality;
    private final String workflowAgentContext;

    private StoryboardToVideoRequest(Builder b) {
        super(b);
        Checks.atLeast("defaultDurationSeconds", b.defaultDurationSeconds, 1);
        this.scenes = scenes(b.scenes);
        this.defaultGeneration = b.defaultGeneration;
        this.defaultDurationSeconds = b.defaultDurationSeconds;
        this.quality = b.quality;
        this.workflowAgentContext = b.workflowAgentContext;
    }

    /** A builder for {@code scenes}. */
    public static Builder builder(List<StoryboardScene> scenes) {
        return new Builder().scenes(scenes);
    }

    @Override
    public WorkflowType workflowType() {
        return WorkflowType.STORYBOARD_TO_VIDEO;
    }

    @Override
    public String path() {
        return "/v1/workflows/storyboard-to-video";
    }

    /** The scenes, at least one. */
    public List<StoryboardScene> scenes() {
        return Checks.listOrEmpty(scenes);
    }

    /** How scenes are generated unless a scene says otherwise. */
    public Optional<SceneGeneration> defaultGeneration() {
        return Optional.ofNullable(defaultGeneration);
    }

    /** The length of scenes that do not set one, at least 1 second. */
    public Optional<Integer> defaultDurationSeconds() {
        return Optional.ofNullable(defaultDurationSeconds);
    }

    /** LOW, STANDARD (default) or HIGH. */
    public Optional<WorkflowQuality> quality() {
        return Optional.ofNullable(quality);
    }

    /** Extra guidance for VideoGen's agent (audience, tone, brand). */
    public Optional<String> workflowAgentContext() {
        return Optional.ofNullable(workflowAgentContext);
    }

    private static List<StoryboardScene> scenes(List<StoryboardScene> scenes) {
        List<StoryboardScene> copy = Checks.items("scenes", scenes);
        if (copy == null || copy.isEmpty()) {
            throw new ValidationException("scenes needs at least one scene");
        }
        return copy;
    }

    /** Builds a {@link StoryboardToVideoRequest}. */
    public static final class Builder extends WorkflowRequest.Builder<Builder, StoryboardToVideoRequest> {
        private List<StoryboardScene> scenes;
        private SceneGeneration defaultGeneration;
        private Integer defaultDurationSeconds;
        private WorkflowQuality quality;
        private String workflowAgentContext;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** The scenes, at least one. Required. */
        public Builder scenes(List<StoryboardScene> scenes) {
            this.scenes = scenes;
            return this;
        }

        /** How scenes are generated unless a scene says otherwise. */
        public Builder defaultGeneration(SceneGeneration defaultGeneration) {
            this.defaultGeneration = defaultGeneration;
            return this;
        }

        /** The length of scenes that do not set one, at least 1 second. */
        public Builder defaultDurationSeconds(int defaultDurationSeconds) {
            this.defaultDurationSeconds = defaultDurationSeconds;
            return this;
        }

        /** LOW, STANDARD (default) or HIGH. */
        public Builder quality(WorkflowQuality quality) {
            this.quality = quality;
            return this;
        }

        /** Extra guidance for VideoGen's agent (audience, tone, brand). */
        public Builder workflowAgentContext(String workflowAgentContext) {
            this.workflowAgentContext = workflowAgentContext;
            return this;
        }

        @Override
        public StoryboardToVideoRequest build() {
            return new StoryboardToVideoRequest(this);
        }
    }
}
