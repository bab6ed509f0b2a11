package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The horizontal alignment of caption text. Unknown values are kept, never rejected. */
public final class TextJustification extends ExtensibleEnum {
    /** {@code LEFT}. */
    public static final TextJustification LEFT = new TextJustification("LEFT", true);
    /** {@code CENTER}. */
    public static final TextJustification CENTER = new TextJustification("CENTER", true);
    /** {@code RIGHT}. */
    public static final TextJustification RIGHT = new TextJustification("RIGHT", true);

    private static final Map<String, TextJustification> KNOWN = index(LEFT, CENTER, RIGHT);

    private TextJustification(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static TextJustification of(String value) {
        return lookup(KNOWN, value, v -> new TextJustification(v, false));
    }
}
