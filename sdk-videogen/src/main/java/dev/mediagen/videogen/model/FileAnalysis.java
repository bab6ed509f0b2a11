package dev.mediagen.videogen.model;

import java.util.OptionalInt;

/** The state of a file's background analysis (which fills in description, transcript and search data). */
public final class FileAnalysis {
    private AnalysisState analysisLoadingState;
    private double analysisProgressPercentage;
    private Integer analysisAttemptIndex;

    private FileAnalysis() {
    }

    /** UNATTEMPTED, LOADING, FULFILLED or REJECTED. */
    public AnalysisState state() {
        return analysisLoadingState == null ? AnalysisState.UNATTEMPTED : analysisLoadingState;
    }

    /** Analysis progress, 0 to 100. */
    public double progressPercentage() {
        return analysisProgressPercentage;
    }

    /** The analysis attempt, when reported. */
    public OptionalInt attemptIndex() {
        return analysisAttemptIndex == null ? OptionalInt.empty() : OptionalInt.of(analysisAttemptIndex);
    }

    @Override
    public String toString() {
        return "FileAnalysis{state=" + analysisLoadingState + ", progress=" + analysisProgressPercentage + "}";
    }
}
