package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/**
 * An edit applied to existing media by {@code POST /v3/operations}.
 * Unknown values are kept ({@link #isKnown()} false), never an error.
 */
public final class OperationType extends ExtensibleEnum {
    /** Edits the masked area of an image with a prompt. */
    public static final OperationType INPAINT = new OperationType("inpaint", true);
    /** Edits an image with a prompt, optionally with up to two reference images. */
    public static final OperationType AI_EDIT = new OperationType("ai_edit", true);
    /** Removes an image's background. */
    public static final OperationType BACKGROUND_REMOVE = new OperationType("background_remove", true);
    /** Upscales an image 2x or 4x. */
    public static final OperationType UPSCALE = new OperationType("upscale", true);
    /** Cuts a video to a time range. */
    public static final OperationType VIDEO_TRIM = new OperationType("video_trim", true);
    /** Joins two or more clips. */
    public static final OperationType VIDEO_MERGE = new OperationType("video_merge", true);

    private static final Map<String, OperationType> KNOWN = index(INPAINT, AI_EDIT, BACKGROUND_REMOVE, UPSCALE,
            VIDEO_TRIM, VIDEO_MERGE);

    private OperationType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OperationType of(String value) {
        return lookup(KNOWN, value, v -> new OperationType(v, false));
    }
}
