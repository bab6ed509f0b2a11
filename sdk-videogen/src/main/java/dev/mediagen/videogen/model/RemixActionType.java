package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The kind of a remix action. Unknown values are kept, never rejected. */
public final class RemixActionType extends ExtensibleEnum {
    /** {@code SET_BACKGROUND_MUSIC}. */
    public static final RemixActionType SET_BACKGROUND_MUSIC = new RemixActionType("SET_BACKGROUND_MUSIC", true);
    /** {@code SET_LOGO}. */
    public static final RemixActionType SET_LOGO = new RemixActionType("SET_LOGO", true);
    /** {@code ENABLE_CAPTIONS}. */
    public static final RemixActionType ENABLE_CAPTIONS = new RemixActionType("ENABLE_CAPTIONS", true);
    /** {@code DISABLE_CAPTIONS}. */
    public static final RemixActionType DISABLE_CAPTIONS = new RemixActionType("DISABLE_CAPTIONS", true);
    /** {@code ADD_TRANSITIONS}. */
    public static final RemixActionType ADD_TRANSITIONS = new RemixActionType("ADD_TRANSITIONS", true);
    /** {@code RESIZE_PROJECT}. */
    public static final RemixActionType RESIZE_PROJECT = new RemixActionType("RESIZE_PROJECT", true);
    /** {@code CLEAN_UP_TRANSCRIPT}. */
    public static final RemixActionType CLEAN_UP_TRANSCRIPT = new RemixActionType("CLEAN_UP_TRANSCRIPT", true);
    /** {@code CONVERT_IMAGES_TO_VIDEOS}. */
    public static final RemixActionType CONVERT_IMAGES_TO_VIDEOS = new RemixActionType("CONVERT_IMAGES_TO_VIDEOS", true);
    /** {@code REGENERATE_IMAGES}. */
    public static final RemixActionType REGENERATE_IMAGES = new RemixActionType("REGENERATE_IMAGES", true);
    /** {@code UPSCALE_ASSETS}. */
    public static final RemixActionType UPSCALE_ASSETS = new RemixActionType("UPSCALE_ASSETS", true);
    /** {@code CHANGE_NARRATOR}. */
    public static final RemixActionType CHANGE_NARRATOR = new RemixActionType("CHANGE_NARRATOR", true);
    /** {@code SHUFFLE_STOCK_VISUALS}. */
    public static final RemixActionType SHUFFLE_STOCK_VISUALS = new RemixActionType("SHUFFLE_STOCK_VISUALS", true);
    /** {@code GENERATE_MUSIC}. */
    public static final RemixActionType GENERATE_MUSIC = new RemixActionType("GENERATE_MUSIC", true);
    /** {@code TRANSLATE_PROJECT}. */
    public static final RemixActionType TRANSLATE_PROJECT = new RemixActionType("TRANSLATE_PROJECT", true);
    /** {@code EDIT_WITH_AGENT}. */
    public static final RemixActionType EDIT_WITH_AGENT = new RemixActionType("EDIT_WITH_AGENT", true);

    private static final Map<String, RemixActionType> KNOWN = index(SET_BACKGROUND_MUSIC, SET_LOGO, ENABLE_CAPTIONS, DISABLE_CAPTIONS, ADD_TRANSITIONS, RESIZE_PROJECT, CLEAN_UP_TRANSCRIPT, CONVERT_IMAGES_TO_VIDEOS, REGENERATE_IMAGES, UPSCALE_ASSETS, CHANGE_NARRATOR, SHUFFLE_STOCK_VISUALS, GENERATE_MUSIC, TRANSLATE_PROJECT, EDIT_WITH_AGENT);

    private RemixActionType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static RemixActionType of(String value) {
        return lookup(KNOWN, value, v -> new RemixActionType(v, false));
    }
}
