package dev.mediagen.core.wait;

/** Receives status and progress changes of a waited-for job, on the client's callback executor. */
@FunctionalInterface
public interface JobListener {
    /** Called when the status or progress changed. */
    void onUpdate(JobUpdate update);
}
