package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The kind of workflow a run executes. Unknown values are kept, never rejected. */
public final class WorkflowType extends ExtensibleEnum {
    /** {@code SCRIPT_TO_VIDEO}. */
    public static final WorkflowType SCRIPT_TO_VIDEO = new WorkflowType("SCRIPT_TO_VIDEO", true);
    /** {@code VOICEOVER_TO_VIDEO}. */
    public static final WorkflowType VOICEOVER_TO_VIDEO = new WorkflowType("VOICEOVER_TO_VIDEO", true);
    /** {@code SLIDESHOW_TO_VIDEO}. */
    public static final WorkflowType SLIDESHOW_TO_VIDEO = new WorkflowType("SLIDESHOW_TO_VIDEO", true);
    /** {@code STORYBOARD_TO_VIDEO}. */
    public static final WorkflowType STORYBOARD_TO_VIDEO = new WorkflowType("STORYBOARD_TO_VIDEO", true);

    private static final Map<String, WorkflowType> KNOWN = index(SCRIPT_TO_VIDEO, VOICEOVER_TO_VIDEO, SLIDESHOW_TO_VIDEO, STORYBOARD_TO_VIDEO);

    private WorkflowType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static WorkflowType of(String value) {
        return lookup(KNOWN, value, v -> new WorkflowType(v, false));
    }
}
