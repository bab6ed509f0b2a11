package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** Whether generated media carries the VideoGen watermark ({@code NONE} needs a paid plan or add-on). Unknown values are kept, never rejected. */
public final class WatermarkMode extends ExtensibleEnum {
    /** {@code NONE}. */
    public static final WatermarkMode NONE = new WatermarkMode("NONE", true);
    /** {@code VIDEO_GEN}. */
    public static final WatermarkMode VIDEO_GEN = new WatermarkMode("VIDEO_GEN", true);
    /** {@code AUTO}. */
    public static final WatermarkMode AUTO = new WatermarkMode("AUTO", true);

    private static final Map<String, WatermarkMode> KNOWN = index(NONE, VIDEO_GEN, AUTO);

    private WatermarkMode(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static WatermarkMode of(String value) {
        return lookup(KNOWN, value, v -> new WatermarkMode(v, false));
    }
}
