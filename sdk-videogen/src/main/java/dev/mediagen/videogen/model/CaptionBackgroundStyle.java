package dev.mediagen.videogen.model;

import java.util.Optional;

/** The background behind captions: its shape, colour, corner radius and opacity. */
public final class CaptionBackgroundStyle {
    private final CaptionBackgroundType type;
    private final RgbColor backgroundColor;
    private final Double borderRadiusProportion;
    private final Double opacityProportion;

    private CaptionBackgroundStyle(CaptionBackgroundType type, RgbColor color, Double radius, Double opacity) {
        this.type = Checks.require("captionStyle.backgroundStyle.type", type);
        this.backgroundColor = Checks.require("captionStyle.backgroundStyle.backgroundColor", color);
        Checks.finite("borderRadiusProportion", radius);
        Checks.range("opacityProportion", opacity, 0.0, 1.0);
        this.borderRadiusProportion = radius;
        this.opacityProportion = opacity;
    }

    /** A background of {@code type} in {@code color}. */
    public static CaptionBackgroundStyle of(CaptionBackgroundType type, RgbColor color) {
        return new CaptionBackgroundStyle(type, color, null, null);
    }

    /** The same background with rounded corners, as a proportion of the height. */
    public CaptionBackgroundStyle borderRadius(double proportion) {
        return new CaptionBackgroundStyle(type, backgroundColor, proportion, opacityProportion);
    }

    /** The same background with an opacity from 0 to 1. */
    public CaptionBackgroundStyle opacity(double proportion) {
        return new CaptionBackgroundStyle(type, backgroundColor, borderRadiusProportion, proportion);
    }

    /** RECT, WRAPPED or WORD_BY_WORD. */
    public CaptionBackgroundType type() {
        return type;
    }

    /** The colour. */
    public RgbColor backgroundColor() {
        return backgroundColor;
    }

    /** The corner radius proportion. */
    public Optional<Double> borderRadiusProportion() {
        return Optional.ofNullable(borderRadiusProportion);
    }

    /** The opacity, 0 to 1. */
    public Optional<Double> opacityProportion() {
        return Optional.ofNullable(opacityProportion);
    }
}
