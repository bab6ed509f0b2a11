package dev.mediagen.videogen.model;

/** A language VideoGen can narrate and translate into. */
public final class Language {
    private String languageCode;
    private String name;

    private Language() {
    }

    /** The BCP-47 code, e.g. {@code en-US}. */
    public String languageCode() {
        return languageCode;
    }

    /** The English name. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return languageCode + " (" + name + ")";
    }
}
