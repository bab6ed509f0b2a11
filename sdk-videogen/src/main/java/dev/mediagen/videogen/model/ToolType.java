package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The tool that ran an execution ({@code toolType} of an execution). Unknown values are kept, never rejected. */
public final class ToolType extends ExtensibleEnum {
    /** {@code GENERATE_IMAGE}. */
    public static final ToolType GENERATE_IMAGE = new ToolType("GENERATE_IMAGE", true);
    /** {@code GENERATE_VIDEO_CLIP}. */
    public static final ToolType GENERATE_VIDEO_CLIP = new ToolType("GENERATE_VIDEO_CLIP", true);
    /** {@code TEXT_TO_SPEECH}. */
    public static final ToolType TEXT_TO_SPEECH = new ToolType("TEXT_TO_SPEECH", true);
    /** {@code GENERATE_SOUND_EFFECT}. */
    public static final ToolType GENERATE_SOUND_EFFECT = new ToolType("GENERATE_SOUND_EFFECT", true);
    /** {@code GENERATE_MUSIC}. */
    public static final ToolType GENERATE_MUSIC = new ToolType("GENERATE_MUSIC", true);
    /** {@code GENERATE_AVATAR}. */
    public static final ToolType GENERATE_AVATAR = new ToolType("GENERATE_AVATAR", true);
    /** {@code VECTORIZE_IMAGE}. */
    public static final ToolType VECTORIZE_IMAGE = new ToolType("VECTORIZE_IMAGE", true);
    /** {@code REMOVE_IMAGE_BACKGROUND}. */
    public static final ToolType REMOVE_IMAGE_BACKGROUND = new ToolType("REMOVE_IMAGE_BACKGROUND", true);
    /** {@code REMOVE_VIDEO_BACKGROUND}. */
    public static final ToolType REMOVE_VIDEO_BACKGROUND = new ToolType("REMOVE_VIDEO_BACKGROUND", true);
    /** {@code UPSCALE_IMAGE}. */
    public static final ToolType UPSCALE_IMAGE = new ToolType("UPSCALE_IMAGE", true);
    /** {@code UPSCALE_VIDEO}. */
    public static final ToolType UPSCALE_VIDEO = new ToolType("UPSCALE_VIDEO", true);
    /** {@code IMAGE_3D_EFFECT}. */
    public static final ToolType IMAGE_3D_EFFECT = new ToolType("IMAGE_3D_EFFECT", true);

    private static final Map<String, ToolType> KNOWN = index(GENERATE_IMAGE, GENERATE_VIDEO_CLIP, TEXT_TO_SPEECH, GENERATE_SOUND_EFFECT, GENERATE_MUSIC, GENERATE_AVATAR, VECTORIZE_IMAGE, REMOVE_IMAGE_BACKGROUND, REMOVE_VIDEO_BACKGROUND, UPSCALE_IMAGE, UPSCALE_VIDEO, IMAGE_3D_EFFECT);

    private ToolType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static ToolType of(String value) {
        return lookup(KNOWN, value, v -> new ToolType(v, false));
    }
}
