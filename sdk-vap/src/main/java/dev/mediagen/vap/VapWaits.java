package dev.mediagen.vap;

import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.wait.JobListener;
import dev.mediagen.core.wait.JobState;
import dev.mediagen.core.wait.JobType;
import dev.mediagen.core.wait.JobUpdate;
import dev.mediagen.core.wait.WaitOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Starts waits on the core waiter. A job still running when the wait starts is not handed to the waiter as its
 * initial state: the waiter would schedule its first poll twice when that poll fires at once (an automatic virtual
 * scheduler, or a busy system), doubling the polling. Its state is reported to the listener here instead, and the
 * waiter's first observation is merged with it so the listener sees each status once.
 */
final class VapWaits {
    private VapWaits() {
    }

    static <J> CompletableFuture<J> await(ApiRuntime runtime, JobType<J> type, String id, J initial,
                                          WaitOptions options) {
        if (initial == null || type.classifier().state(initial) != JobState.PENDING) {
            return runtime.waiter().await(type, id, initial, options);
        }
        if (options.listener().isEmpty()) {
            return runtime.waiter().await(type, id, null, options);
        }
        MergingListener listener = new MergingListener(options.listener().get());
        listener.onUpdate(new JobUpdate(id, type.classifier().status(initial), null, Double.NaN, Duration.ZERO, initial));
        return runtime.waiter().await(type, id, null, options.toBuilder().listener(listener).build());
    }

    /** Passes updates on, dropping the waiter's first one when it repeats the status already reported. */
    private static final class MergingListener implements JobListener {
        private final JobListener delegate;
        private String lastStatus;

        MergingListener(JobListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public synchronized void onUpdate(JobUpdate update) {
            JobUpdate merged = update;
            if (update.previousStatus() == null && lastStatus != null) {
                if (lastStatus.equals(update.status()) && update.progress().isEmpty()) {
                    return;
                }
                merged = new JobUpdate(update.jobId(), update.status(), lastStatus,
                        update.progress().isPresent() ? update.progress().getAsDouble() : Double.NaN, update.elapsed(),
                        update.job());
            }
            lastStatus = merged.status();
            delegate.onUpdate(merged);
        }
    }
}
