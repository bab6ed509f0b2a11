package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The quality of a generated video clip. Unknown values are kept, never rejected. */
public final class VideoQuality extends ExtensibleEnum {
    /** {@code STANDARD}. */
    public static final VideoQuality STANDARD = new VideoQuality("STANDARD", true);
    /** {@code HIGH}. */
    public static final VideoQuality HIGH = new VideoQuality("HIGH", true);

    private static final Map<String, VideoQuality> KNOWN = index(STANDARD, HIGH);

    private VideoQuality(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static VideoQuality of(String value) {
        return lookup(KNOWN, value, v -> new VideoQuality(v, false));
    }
}
