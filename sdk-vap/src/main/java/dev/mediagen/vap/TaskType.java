package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/**
 * The kind of a VAP generation task.
 * Unknown values are kept ({@link #isKnown()} false), never an error.
 */
public final class TaskType extends ExtensibleEnum {
    /** An image (Tier 1+). */
    public static final TaskType IMAGE_GENERATION = new TaskType("image_generation", true);
    /** A video (Tier 2+). */
    public static final TaskType VIDEO_GENERATION = new TaskType("video_generation", true);
    /** A music track (Tier 2+). */
    public static final TaskType MUSIC_GENERATION = new TaskType("music_generation", true);

    private static final Map<String, TaskType> KNOWN = index(IMAGE_GENERATION, VIDEO_GENERATION, MUSIC_GENERATION);

    private TaskType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TaskType of(String value) {
        return lookup(KNOWN, value, v -> new TaskType(v, false));
    }
}
