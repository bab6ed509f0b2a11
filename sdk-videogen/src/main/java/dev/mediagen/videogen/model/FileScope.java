package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** Where a stored file lives and how long it is kept. Unknown values are kept, never rejected. */
public final class FileScope extends ExtensibleEnum {
    /** {@code GLOBAL}. */
    public static final FileScope GLOBAL = new FileScope("GLOBAL", true);
    /** {@code PROJECT}. */
    public static final FileScope PROJECT = new FileScope("PROJECT", true);
    /** {@code EXPORT}. */
    public static final FileScope EXPORT = new FileScope("EXPORT", true);
    /** {@code TEMPORARY}. */
    public static final FileScope TEMPORARY = new FileScope("TEMPORARY", true);
    /** {@code ENTITY}. */
    public static final FileScope ENTITY = new FileScope("ENTITY", true);

    private static final Map<String, FileScope> KNOWN = index(GLOBAL, PROJECT, EXPORT, TEMPORARY, ENTITY);

    private FileScope(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static FileScope of(String value) {
        return lookup(KNOWN, value, v -> new FileScope(v, false));
    }
}
