package dev.mediagen.videogen.model;

import java.util.Optional;

/** One scene of a storyboard: it becomes one section of the video. */
public final class StoryboardScene {
    private final String prompt;
    private final SceneGeneration generation;
    private final Integer durationSeconds;
    private final String actorEntityId;
    private final String visualStyleEntityId;
    private final String voiceoverScript;

    private StoryboardScene(Builder b) {
        this.prompt = Checks.requireText("scenes.prompt", b.prompt);
        this.generation = b.generation;
        Checks.atLeast("scenes.durationSeconds", b.durationSeconds, 1);
        this.durationSeconds = b.durationSeconds;
        this.actorEntityId = Checks.optionalText("scenes.actorEntityId", b.actorEntityId);
        this.visualStyleEntityId = Checks.optionalText("scenes.visualStyleEntityId", b.visualStyleEntityId);
        this.voiceoverScript = b.voiceoverScript;
    }

    /** A scene described by {@code prompt}, with the storyboard's defaults. */
    public static StoryboardScene of(String prompt) {
        return builder(prompt).build();
    }

    /** A builder for a scene described by {@code prompt}. */
    public static Builder builder(String prompt) {
        return new Builder().prompt(prompt);
    }

    /** What the scene shows. */
    public String prompt() {
        return prompt;
    }

    /** How its visual is generated, when not the storyboard's default. */
    public Optional<SceneGeneration> generation() {
        return Optional.ofNullable(generation);
    }

    /** Its length, when not the storyboard's default. */
    public Optional<Integer> durationSeconds() {
        return Optional.ofNullable(durationSeconds);
    }

    /** Builds a {@link StoryboardScene}. */
    public static final class Builder {
        private String prompt;
        private SceneGeneration generation;
        private Integer durationSeconds;
        private String actorEntityId;
        private String visualStyleEntityId;
        private String voiceoverScript;

        private Builder() {
        }

        /** What the scene shows. Required. */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /** How the visual is generated. */
        public Builder generation(SceneGeneration generation) {
            this.generation = generation;
            return this;
        }

        /** The scene's length, at least 1 second. */
        public Builder durationSeconds(int seconds) {
            this.durationSeconds = seconds;
            return this;
        }

        /** An ACTOR entity that appears in the scene. */
        public Builder actorEntityId(String entityId) {
            this.actorEntityId = entityId;
            return this;
        }

        /** A VISUAL_STYLE entity for the scene's look. */
        public Builder visualStyleEntityId(String entityId) {
            this.visualStyleEntityId = entityId;
            return this;
        }

        /** What the narrator says over the scene. */
        public Builder voiceoverScript(String script) {
            this.voiceoverScript = script;
            return this;
        }

        /** Checks the values and builds the scene. */
        public StoryboardScene build() {
            return new StoryboardScene(this);
        }
    }
}
