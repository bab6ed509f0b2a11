package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** How a workflow finds its visuals: stock footage, AI images, or a visual-style entity. Unknown values are kept, never rejected. */
public final class VisualStyleType extends ExtensibleEnum {
    /** {@code STOCK}. */
    public static final VisualStyleType STOCK = new VisualStyleType("STOCK", true);
    /** {@code AI_IMAGE}. */
    public static final VisualStyleType AI_IMAGE = new VisualStyleType("AI_IMAGE", true);
    /** {@code ENTITY}. */
    public static final VisualStyleType ENTITY = new VisualStyleType("ENTITY", true);

    private static final Map<String, VisualStyleType> KNOWN = index(STOCK, AI_IMAGE, ENTITY);

    private VisualStyleType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static VisualStyleType of(String value) {
        return lookup(KNOWN, value, v -> new VisualStyleType(v, false));
    }
}
