package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** Where captions sit on screen. Unknown values are kept, never rejected. */
public final class VerticalAlignment extends ExtensibleEnum {
    /** {@code TOP}. */
    public static final VerticalAlignment TOP = new VerticalAlignment("TOP", true);
    /** {@code MIDDLE}. */
    public static final VerticalAlignment MIDDLE = new VerticalAlignment("MIDDLE", true);
    /** {@code BOTTOM}. */
    public static final VerticalAlignment BOTTOM = new VerticalAlignment("BOTTOM", true);

    private static final Map<String, VerticalAlignment> KNOWN = index(TOP, MIDDLE, BOTTOM);

    private VerticalAlignment(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static VerticalAlignment of(String value) {
        return lookup(KNOWN, value, v -> new VerticalAlignment(v, false));
    }
}
