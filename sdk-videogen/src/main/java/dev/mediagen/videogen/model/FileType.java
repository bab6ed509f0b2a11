package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The kind of media a stored file holds. Unknown values are kept, never rejected. */
public final class FileType extends ExtensibleEnum {
    /** {@code IMAGE}. */
    public static final FileType IMAGE = new FileType("IMAGE", true);
    /** {@code VIDEO}. */
    public static final FileType VIDEO = new FileType("VIDEO", true);
    /** {@code AUDIO}. */
    public static final FileType AUDIO = new FileType("AUDIO", true);
    /** {@code PDF}. */
    public static final FileType PDF = new FileType("PDF", true);
    /** {@code SLIDESHOW}. */
    public static final FileType SLIDESHOW = new FileType("SLIDESHOW", true);

    private static final Map<String, FileType> KNOWN = index(IMAGE, VIDEO, AUDIO, PDF, SLIDESHOW);

    private FileType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static FileType of(String value) {
        return lookup(KNOWN, value, v -> new FileType(v, false));
    }
}
