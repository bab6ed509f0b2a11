package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** How fast a workflow's visuals change. Unknown values are kept, never rejected. */
public final class VisualPacing extends ExtensibleEnum {
    /** {@code FAST}. */
    public static final VisualPacing FAST = new VisualPacing("FAST", true);
    /** {@code MEDIUM}. */
    public static final VisualPacing MEDIUM = new VisualPacing("MEDIUM", true);
    /** {@code SLOW}. */
    public static final VisualPacing SLOW = new VisualPacing("SLOW", true);

    private static final Map<String, VisualPacing> KNOWN = index(FAST, MEDIUM, SLOW);

    private VisualPacing(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static VisualPacing of(String value) {
        return lookup(KNOWN, value, v -> new VisualPacing(v, false));
    }
}
