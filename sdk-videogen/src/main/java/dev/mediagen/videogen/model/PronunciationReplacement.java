package dev.mediagen.videogen.model;

import java.util.Objects;

/** Tells text-to-speech to say {@code replacement} wherever {@code original} appears. */
public final class PronunciationReplacement {
    private final String original;
    private final String replacement;

    private PronunciationReplacement(String original, String replacement) {
        this.original = Checks.requireText("pronunciationReplacements.original", original);
        this.replacement = Checks.require("pronunciationReplacements.replacement", replacement);
    }

    /** Replaces {@code original} by {@code replacement} before synthesis. */
    public static PronunciationReplacement of(String original, String replacement) {
        return new PronunciationReplacement(original, replacement);
    }

    /** The text as written. */
    public String original() {
        return original;
    }

    /** The text as it should be spoken. */
    public String replacement() {
        return replacement;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PronunciationReplacement && ((PronunciationReplacement) o).original.equals(original)
                && ((PronunciationReplacement) o).replacement.equals(replacement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(original, replacement);
    }

    @Override
    public String toString() {
        return original + " -> " + replacement;
    }
}
