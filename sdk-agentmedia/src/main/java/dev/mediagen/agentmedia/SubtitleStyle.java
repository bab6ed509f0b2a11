package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonValue;

/** The 17 documented subtitle styles ({@code style}); the API's default is {@code hormozi}. */
public enum SubtitleStyle {
    /** {@code hormozi}. */
    HORMOZI("hormozi"),
    /** {@code minimal}. */
    MINIMAL("minimal"),
    /** {@code bold}. */
    BOLD("bold"),
    /** {@code karaoke}. */
    KARAOKE("karaoke"),
    /** {@code clean}. */
    CLEAN("clean"),
    /** {@code tiktok}. */
    TIKTOK("tiktok"),
    /** {@code neon}. */
    NEON("neon"),
    /** {@code fire}. */
    FIRE("fire"),
    /** {@code glow}. */
    GLOW("glow"),
    /** {@code pop}. */
    POP("pop"),
    /** {@code aesthetic}. */
    AESTHETIC("aesthetic"),
    /** {@code impact}. */
    IMPACT("impact"),
    /** {@code pastel}. */
    PASTEL("pastel"),
    /** {@code electric}. */
    ELECTRIC("electric"),
    /** {@code boxed}. */
    BOXED("boxed"),
    /** {@code gradient}. */
    GRADIENT("gradient"),
    /** {@code spotlight}. */
    SPOTLIGHT("spotlight");

    private final String value;

    SubtitleStyle(String value) {
        this.value = value;
    }

    /** The API's string for this value. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The constant whose API string is {@code value}; any other string is a {@link dev.mediagen.core.ValidationException}. */
    public static SubtitleStyle of(String value) {
        return Checks.wireEnum(values(), SubtitleStyle::value, value, "style");
    }

    @Override
    public String toString() {
        return value;
    }
}
