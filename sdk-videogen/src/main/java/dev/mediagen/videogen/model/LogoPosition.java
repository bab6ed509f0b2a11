package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** Where a logo is placed. Unknown values are kept, never rejected. */
public final class LogoPosition extends ExtensibleEnum {
    /** {@code TOP_LEFT}. */
    public static final LogoPosition TOP_LEFT = new LogoPosition("TOP_LEFT", true);
    /** {@code TOP_CENTER}. */
    public static final LogoPosition TOP_CENTER = new LogoPosition("TOP_CENTER", true);
    /** {@code TOP_RIGHT}. */
    public static final LogoPosition TOP_RIGHT = new LogoPosition("TOP_RIGHT", true);
    /** {@code BOTTOM_LEFT}. */
    public static final LogoPosition BOTTOM_LEFT = new LogoPosition("BOTTOM_LEFT", true);
    /** {@code BOTTOM_CENTER}. */
    public static final LogoPosition BOTTOM_CENTER = new LogoPosition("BOTTOM_CENTER", true);
    /** {@code BOTTOM_RIGHT}. */
    public static final LogoPosition BOTTOM_RIGHT = new LogoPosition("BOTTOM_RIGHT", true);

    private static final Map<String, LogoPosition> KNOWN = index(TOP_LEFT, TOP_CENTER, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_CENTER, BOTTOM_RIGHT);

    private LogoPosition(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static LogoPosition of(String value) {
        return lookup(KNOWN, value, v -> new LogoPosition(v, false));
    }
}
