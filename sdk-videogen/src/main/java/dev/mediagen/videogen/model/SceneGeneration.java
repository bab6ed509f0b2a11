package dev.mediagen.videogen.model;

import java.util.Optional;

/** How a storyboard scene's visual is generated: a still image or a video clip, in an optional style. */
public final class SceneGeneration {
    private final SceneGenerationType type;
    private final String aiStyle;

    private SceneGeneration(SceneGenerationType type, String aiStyle) {
        this.type = Checks.require("generation.type", type);
        this.aiStyle = Checks.optionalText("generation.aiStyle", aiStyle);
    }

    /** A generated still image. */
    public static SceneGeneration image() {
        return new SceneGeneration(SceneGenerationType.AI_IMAGE, null);
    }

    /** A generated video clip. */
    public static SceneGeneration video() {
        return new SceneGeneration(SceneGenerationType.AI_VIDEO, null);
    }

    /** The same generation with a look appended to the scene prompt. */
    public SceneGeneration aiStyle(String aiStyle) {
        return new SceneGeneration(type, aiStyle);
    }

    /** AI_IMAGE or AI_VIDEO. */
    public SceneGenerationType type() {
        return type;
    }

    /** The style. */
    public Optional<String> aiStyle() {
        return Optional.ofNullable(aiStyle);
    }
}
