package dev.mediagen.vap;

import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.wait.JobClassifier;
import dev.mediagen.core.wait.JobSnapshot;
import dev.mediagen.core.wait.JobState;
import dev.mediagen.core.wait.JobType;
import dev.mediagen.core.wait.PollStrategy;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * VAP's two kinds of job, tasks and operations, as the core waiter sees them. VAP has no cancel endpoint, so
 * neither is cancellable at the vendor: cancelling a wait only stops polling.
 */
final class VapJobs {
    /** Two seconds, growing by 1.5 to fifteen (an image takes about fifteen seconds, a video about a minute). */
    static final PollStrategy DEFAULT_POLL = PollStrategy.backoff(Duration.ofSeconds(2), 1.5, Duration.ofSeconds(15));

    final JobType<Task> tasks;
    final JobType<Operation> operations;

    VapJobs(ApiRuntime runtime) {
        this.tasks = JobType.of("task",
                id -> runtime.send(VapTaskService.getRequest(id), RequestOptions.none(), VapTaskService.handler(runtime))
                        .thenApply(JobSnapshot::of),
                new StatusClassifier<>(Task::status, Task::errorMessage, Task::statusMessage), DEFAULT_POLL);
        this.operations = JobType.of("operation",
                id -> runtime.send(VapOperationService.getRequest(id), RequestOptions.none(),
                        VapOperationService.handler(runtime)).thenApply(JobSnapshot::of),
                new StatusClassifier<>(Operation::status, Operation::errorMessage, Operation::statusMessage),
                DEFAULT_POLL);
    }

    /** Reads a job's {@link JobStatus}: completed succeeds, failed (or refunded) fails, anything else is pending. */
    private static final class StatusClassifier<J> implements JobClassifier<J> {
        private final Function<J, JobStatus> status;
        private final Function<J, Optional<String>> error;
        private final Function<J, Optional<String>> statusMessage;

        StatusClassifier(Function<J, JobStatus> status, Function<J, Optional<String>> error,
                         Function<J, Optional<String>> statusMessage) {
            this.status = status;
            this.error = error;
            this.statusMessage = statusMessage;
        }

        @Override
        public JobState state(J job) {
            JobStatus s = status.apply(job);
            if (s.isCompleted()) {
                return JobState.SUCCEEDED;
            }
            return s.isFailed() ? JobState.FAILED : JobState.PENDING;
        }

        @Override
        public String status(J job) {
            return status.apply(job).asString();
        }

        @Override
        public Optional<String> failureMessage(J job) {
            Optional<String> message = error.apply(job);
            return message.isPresent() ? message : statusMessage.apply(job);
        }
    }
}
