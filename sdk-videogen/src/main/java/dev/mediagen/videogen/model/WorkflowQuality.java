package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The quality of the media a workflow generates. Unknown values are kept, never rejected. */
public final class WorkflowQuality extends ExtensibleEnum {
    /** {@code LOW}. */
    public static final WorkflowQuality LOW = new WorkflowQuality("LOW", true);
    /** {@code STANDARD}. */
    public static final WorkflowQuality STANDARD = new WorkflowQuality("STANDARD", true);
    /** {@code HIGH}. */
    public static final WorkflowQuality HIGH = new WorkflowQuality("HIGH", true);

    private static final Map<String, WorkflowQuality> KNOWN = index(LOW, STANDARD, HIGH);

    private WorkflowQuality(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static WorkflowQuality of(String value) {
        return lookup(KNOWN, value, v -> new WorkflowQuality(v, false));
    }
}
