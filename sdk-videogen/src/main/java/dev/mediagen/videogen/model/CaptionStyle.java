package dev.mediagen.videogen.model;

import dev.mediagen.core.ValidationException;
import java.util.Optional;

/** How captions look: font, colours, alignment, stroke, background and the spoken-word highlight. */
public final class CaptionStyle {
    private final String fontName;
    private final Double fontSize;
    private final Integer fontWeight;
    private final RgbColor textColor;
    private final TextJustification textJustification;
    private final VerticalAlignment verticalAlignment;
    private final RgbColor strokeColor;
    private final Double strokeWeight;
    private final CaptionBackgroundStyle backgroundStyle;
    private final RgbColor spokenTextColor;
    private final RgbColor spokenTextStrokeColor;
    private final Boolean persistSpokenTextColor;

    private CaptionStyle(Builder b) {
        this.fontName = Checks.optionalText("fontName", b.fontName);
        Checks.atLeast("fontSize", b.fontSize, 0.0);
        this.fontSize = b.fontSize;
        if (b.fontWeight != null && (b.fontWeight < 100 || b.fontWeight > 900 || b.fontWeight % 100 != 0)) {
            throw new ValidationException("fontWeight must be one of 100, 200, ... 900, got " + b.fontWeight);
        }
        this.fontWeight = b.fontWeight;
        this.textColor = b.textColor;
        this.textJustification = b.textJustification;
        this.verticalAlignment = b.verticalAlignment;
        this.strokeColor = b.strokeColor;
        Checks.atLeast("strokeWeight", b.strokeWeight, 0.0);
        this.strokeWeight = b.strokeWeight;
        this.backgroundStyle = b.backgroundStyle;
        this.spokenTextColor = b.spokenTextColor;
        this.spokenTextStrokeColor = b.spokenTextStrokeColor;
        this.persistSpokenTextColor = b.persistSpokenTextColor;
    }

    /** A builder; unset properties keep VideoGen's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The font. */
    public Optional<String> fontName() {
        return Optional.ofNullable(fontName);
    }

    /** The font size. */
    public Optional<Double> fontSize() {
        return Optional.ofNullable(fontSize);
    }

    /** The font weight, 100 to 900. */
    public Optional<Integer> fontWeight() {
        return Optional.ofNullable(fontWeight);
    }

    /** The text colour. */
    public Optional<RgbColor> textColor() {
        return Optional.ofNullable(textColor);
    }

    /** The background. */
    public Optional<CaptionBackgroundStyle> backgroundStyle() {
        return Optional.ofNullable(backgroundStyle);
    }

    /** Builds a {@link CaptionStyle}. */
    public static final class Builder {
        private String fontName;
        private Double fontSize;
        private Integer fontWeight;
        private RgbColor textColor;
        private TextJustification textJustification;
        private VerticalAlignment verticalAlignment;
        private RgbColor strokeColor;
        private Double strokeWeight;
        private CaptionBackgroundStyle backgroundStyle;
        private RgbColor spokenTextColor;
        private RgbColor spokenTextStrokeColor;
        private Boolean persistSpokenTextColor;

        private Builder() {
        }

        /** The font, e.g. {@code Montserrat}. */
        public Builder fontName(String fontName) {
            this.fontName = fontName;
            return this;
        }

        /** The font size. */
        public Builder fontSize(double fontSize) {
            this.fontSize = fontSize;
            return this;
        }

        /** The font weight: 100, 200, ... 900. */
        public Builder fontWeight(int fontWeight) {
            this.fontWeight = fontWeight;
            return this;
        }

        /** The text colour. */
        public Builder textColor(RgbColor color) {
            this.textColor = color;
            return this;
        }

        /** LEFT, CENTER or RIGHT. */
        public Builder textJustification(TextJustification justification) {
            this.textJustification = justification;
            return this;
        }

        /** TOP, MIDDLE or BOTTOM. */
        public Builder verticalAlignment(VerticalAlignment alignment) {
            this.verticalAlignment = alignment;
            return this;
        }

        /** The outline colour. */
        public Builder strokeColor(RgbColor color) {
            this.strokeColor = color;
            return this;
        }

        /** The outline weight. */
        public Builder strokeWeight(double weight) {
            this.strokeWeight = weight;
            return this;
        }

        /** The background behind the text. */
        public Builder backgroundStyle(CaptionBackgroundStyle background) {
            this.backgroundStyle = background;
            return this;
        }

        /** The colour of the word being spoken. */
        public Builder spokenTextColor(RgbColor color) {
            this.spokenTextColor = color;
            return this;
        }

        /** The outline colour of the word being spoken. */
        public Builder spokenTextStrokeColor(RgbColor color) {
            this.spokenTextStrokeColor = color;
            return this;
        }

        /** Whether spoken words keep their highlight colour. */
        public Builder persistSpokenTextColor(boolean persist) {
            this.persistSpokenTextColor = persist;
            return this;
        }

        /** Checks the values and builds the style. */
        public CaptionStyle build() {
            return new CaptionStyle(this);
        }
    }
}
