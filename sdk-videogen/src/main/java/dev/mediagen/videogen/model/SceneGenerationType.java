package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** Whether a storyboard scene is a generated still image or video clip. Unknown values are kept, never rejected. */
public final class SceneGenerationType extends ExtensibleEnum {
    /** {@code AI_IMAGE}. */
    public static final SceneGenerationType AI_IMAGE = new SceneGenerationType("AI_IMAGE", true);
    /** {@code AI_VIDEO}. */
    public static final SceneGenerationType AI_VIDEO = new SceneGenerationType("AI_VIDEO", true);

    private static final Map<String, SceneGenerationType> KNOWN = index(AI_IMAGE, AI_VIDEO);

    private SceneGenerationType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static SceneGenerationType of(String value) {
        return lookup(KNOWN, value, v -> new SceneGenerationType(v, false));
    }
}
