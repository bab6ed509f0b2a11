package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The state of one rendition source of a file. Unknown values are kept, never rejected. */
public final class SourceStatus extends ExtensibleEnum {
    /** {@code pending}. */
    public static final SourceStatus PENDING = new SourceStatus("pending", true);
    /** {@code ready}. */
    public static final SourceStatus READY = new SourceStatus("ready", true);
    /** {@code failed}. */
    public static final SourceStatus FAILED = new SourceStatus("failed", true);
    /** {@code skipped}. */
    public static final SourceStatus SKIPPED = new SourceStatus("skipped", true);

    private static final Map<String, SourceStatus> KNOWN = index(PENDING, READY, FAILED, SKIPPED);

    private SourceStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static SourceStatus of(String value) {
        return lookup(KNOWN, value, v -> new SourceStatus(v, false));
    }
}
