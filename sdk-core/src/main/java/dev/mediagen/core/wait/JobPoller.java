package dev.mediagen.core.wait;

import java.util.concurrent.CompletableFuture;

/** Fetches the current state of one job. */
@FunctionalInterface
public interface JobPoller<J> {
    /** Fetches the job; failures should already be retried under the client's retry policy. */
    CompletableFuture<JobSnapshot<J>> poll(String jobId);
}
