package dev.mediagen.examples.campaign;

/** Where a running job reports its vendor status and progress. */
public interface StatusSink {
    /** The job's id is known (after submission). */
    void submitted(String jobId);

    /** The vendor's status and, when known, percent complete (NaN when unknown). */
    void status(String status, double percent);
}
