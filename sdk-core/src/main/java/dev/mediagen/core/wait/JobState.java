package dev.mediagen.core.wait;

/** Where a vendor job stands, as far as waiting is concerned. */
public enum JobState {
    /** Not finished yet (any unknown vendor status also counts as pending). */
    PENDING,
    /** Finished with a result. */
    SUCCEEDED,
    /** Finished without a result. */
    FAILED,
    /** Cancelled at the vendor. */
    CANCELLED;

    /** Whether the job will not change any more. */
    public boolean isTerminal() {
        return this != PENDING;
    }
}
