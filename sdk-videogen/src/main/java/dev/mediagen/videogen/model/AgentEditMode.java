package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** How far an edit-with-agent remix may go. Unknown values are kept, never rejected. */
public final class AgentEditMode extends ExtensibleEnum {
    /** {@code MINOR_EDIT}. */
    public static final AgentEditMode MINOR_EDIT = new AgentEditMode("MINOR_EDIT", true);
    /** {@code RETHINK}. */
    public static final AgentEditMode RETHINK = new AgentEditMode("RETHINK", true);

    private static final Map<String, AgentEditMode> KNOWN = index(MINOR_EDIT, RETHINK);

    private AgentEditMode(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static AgentEditMode of(String value) {
        return lookup(KNOWN, value, v -> new AgentEditMode(v, false));
    }
}
