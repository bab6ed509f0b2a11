package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The state of a file's background analysis. Unknown values are kept, never rejected. */
public final class AnalysisState extends ExtensibleEnum {
    /** {@code UNATTEMPTED}. */
    public static final AnalysisState UNATTEMPTED = new AnalysisState("UNATTEMPTED", true);
    /** {@code LOADING}. */
    public static final AnalysisState LOADING = new AnalysisState("LOADING", true);
    /** {@code FULFILLED}. */
    public static final AnalysisState FULFILLED = new AnalysisState("FULFILLED", true);
    /** {@code REJECTED}. */
    public static final AnalysisState REJECTED = new AnalysisState("REJECTED", true);

    private static final Map<String, AnalysisState> KNOWN = index(UNATTEMPTED, LOADING, FULFILLED, REJECTED);

    private AnalysisState(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static AnalysisState of(String value) {
        return lookup(KNOWN, value, v -> new AnalysisState(v, false));
    }
}
