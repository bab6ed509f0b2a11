package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The image model of a regenerate-images remix. Unknown values are kept, never rejected. */
public final class ImageModelMode extends ExtensibleEnum {
    /** {@code STANDARD}. */
    public static final ImageModelMode STANDARD = new ImageModelMode("STANDARD", true);
    /** {@code HIGH}. */
    public static final ImageModelMode HIGH = new ImageModelMode("HIGH", true);

    private static final Map<String, ImageModelMode> KNOWN = index(STANDARD, HIGH);

    private ImageModelMode(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static ImageModelMode of(String value) {
        return lookup(KNOWN, value, v -> new ImageModelMode(v, false));
    }
}
