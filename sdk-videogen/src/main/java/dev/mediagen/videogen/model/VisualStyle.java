package dev.mediagen.videogen.model;

import java.util.Optional;

/** How a workflow finds its visuals: stock footage, AI images in a described style, or a visual-style entity. */
public final class VisualStyle {
    private final VisualStyleType type;
    private final String aiStyle;
    private final String entityId;
    private final Boolean restyleFeaturedBRollWithAiStyle;

    private VisualStyle(VisualStyleType type, String aiStyle, String entityId, Boolean restyle) {
        this.type = type;
        this.aiStyle = aiStyle;
        this.entityId = entityId;
        this.restyleFeaturedBRollWithAiStyle = restyle;
    }

    /** Stock footage and images. */
    public static VisualStyle stock() {
        return new VisualStyle(VisualStyleType.STOCK, null, null, null);
    }

    /** AI images in the described look, e.g. {@code vintage 1970s film photography, warm grain}. */
    public static VisualStyle aiImage(String aiStyle) {
        return new VisualStyle(VisualStyleType.AI_IMAGE, Checks.requireText("visualStyle.aiStyle", aiStyle), null, null);
    }

    /** AI images guided by a VISUAL_STYLE entity's reference images. */
    public static VisualStyle entity(String entityId) {
        return new VisualStyle(VisualStyleType.ENTITY, null, Checks.requireText("visualStyle.entityId", entityId), null);
    }

    /** The same style, also restyling featured B-roll with the AI style (the API's default) or not. */
    public VisualStyle restyleFeaturedBRoll(boolean restyle) {
        return new VisualStyle(type, aiStyle, entityId, restyle);
    }

    /** STOCK, AI_IMAGE or ENTITY. */
    public VisualStyleType type() {
        return type;
    }

    /** The AI style description (AI_IMAGE). */
    public Optional<String> aiStyle() {
        return Optional.ofNullable(aiStyle);
    }

    /** The visual-style entity (ENTITY). */
    public Optional<String> entityId() {
        return Optional.ofNullable(entityId);
    }

    /** Whether featured B-roll is restyled with the AI style. */
    public Optional<Boolean> restyleFeaturedBRoll() {
        return Optional.ofNullable(restyleFeaturedBRollWithAiStyle);
    }

    @Override
    public String toString() {
        return "VisualStyle{" + type + (aiStyle == null ? "" : ", " + aiStyle) + (entityId == null ? "" : ", " + entityId) + "}";
    }
}
