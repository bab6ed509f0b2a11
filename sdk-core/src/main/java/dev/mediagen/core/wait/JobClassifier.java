package dev.mediagen.core.wait;

import java.util.Optional;
import java.util.OptionalDouble;

/** A vendor's reading of its job model: state, status text, progress, failure message. */
public interface JobClassifier<J> {

    /** The job's state; unknown vendor statuses must map to {@link JobState#PENDING}. */
    JobState state(J job);

    /** The vendor's status string, reported to listeners. */
    String status(J job);

    /** Progress in percent (0 to 100), when the vendor reports it. */
    default OptionalDouble progress(J job) {
        return OptionalDouble.empty();
    }

    /** The vendor's failure message of a failed job. */
    default Optional<String> failureMessage(J job) {
        return Optional.empty();
    }

    /** The vendor's failure code of a failed job. */
    default Optional<String> failureCode(J job) {
        return Optional.empty();
    }
}
