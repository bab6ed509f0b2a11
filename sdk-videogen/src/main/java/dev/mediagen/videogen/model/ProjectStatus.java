package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** Whether a project is still being generated. Unknown values are kept, never rejected. */
public final class ProjectStatus extends ExtensibleEnum {
    /** {@code generating}. */
    public static final ProjectStatus GENERATING = new ProjectStatus("generating", true);
    /** {@code ready}. */
    public static final ProjectStatus READY = new ProjectStatus("ready", true);

    private static final Map<String, ProjectStatus> KNOWN = index(GENERATING, READY);

    private ProjectStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static ProjectStatus of(String value) {
        return lookup(KNOWN, value, v -> new ProjectStatus(v, false));
    }
}
