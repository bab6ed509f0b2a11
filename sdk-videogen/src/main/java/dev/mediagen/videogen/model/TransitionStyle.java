package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** A transition between sections or assets. Unknown values are kept, never rejected. */
public final class TransitionStyle extends ExtensibleEnum {
    /** {@code DYNAMIC}. */
    public static final TransitionStyle DYNAMIC = new TransitionStyle("DYNAMIC", true);
    /** {@code NONE}. */
    public static final TransitionStyle NONE = new TransitionStyle("NONE", true);
    /** {@code FADE}. */
    public static final TransitionStyle FADE = new TransitionStyle("FADE", true);
    /** {@code RISE}. */
    public static final TransitionStyle RISE = new TransitionStyle("RISE", true);
    /** {@code PAN}. */
    public static final TransitionStyle PAN = new TransitionStyle("PAN", true);
    /** {@code POP}. */
    public static final TransitionStyle POP = new TransitionStyle("POP", true);
    /** {@code WIPE}. */
    public static final TransitionStyle WIPE = new TransitionStyle("WIPE", true);

    private static final Map<String, TransitionStyle> KNOWN = index(DYNAMIC, NONE, FADE, RISE, PAN, POP, WIPE);

    private TransitionStyle(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static TransitionStyle of(String value) {
        return lookup(KNOWN, value, v -> new TransitionStyle(v, false));
    }
}
