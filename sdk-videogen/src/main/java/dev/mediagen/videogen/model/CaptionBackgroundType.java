package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The shape of a caption background. Unknown values are kept, never rejected. */
public final class CaptionBackgroundType extends ExtensibleEnum {
    /** {@code RECT}. */
    public static final CaptionBackgroundType RECT = new CaptionBackgroundType("RECT", true);
    /** {@code WRAPPED}. */
    public static final CaptionBackgroundType WRAPPED = new CaptionBackgroundType("WRAPPED", true);
    /** {@code WORD_BY_WORD}. */
    public static final CaptionBackgroundType WORD_BY_WORD = new CaptionBackgroundType("WORD_BY_WORD", true);

    private static final Map<String, CaptionBackgroundType> KNOWN = index(RECT, WRAPPED, WORD_BY_WORD);

    private CaptionBackgroundType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static CaptionBackgroundType of(String value) {
        return lookup(KNOWN, value, v -> new CaptionBackgroundType(v, false));
    }
}
