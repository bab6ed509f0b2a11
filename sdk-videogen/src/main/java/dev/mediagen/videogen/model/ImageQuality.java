package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The quality of a generated image. Unknown values are kept, never rejected. */
public final class ImageQuality extends ExtensibleEnum {
    /** {@code LOW}. */
    public static final ImageQuality LOW = new ImageQuality("LOW", true);
    /** {@code STANDARD}. */
    public static final ImageQuality STANDARD = new ImageQuality("STANDARD", true);
    /** {@code HIGH}. */
    public static final ImageQuality HIGH = new ImageQuality("HIGH", true);

    private static final Map<String, ImageQuality> KNOWN = index(LOW, STANDARD, HIGH);

    private ImageQuality(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static ImageQuality of(String value) {
        return lookup(KNOWN, value, v -> new ImageQuality(v, false));
    }
}
