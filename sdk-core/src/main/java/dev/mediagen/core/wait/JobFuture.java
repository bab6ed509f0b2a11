package dev.mediagen.core.wait;

import java.util.concurrent.CompletableFuture;

/**
 * The future of a waited-for job. Cancelling it stops polling and, where the vendor can and the wait's options
 * allow, cancels the job at the vendor too. Derived stages ({@code thenApply}, ...) are plain futures.
 */
public final class JobFuture<J> extends CompletableFuture<J> {
    private final String jobId;
    private volatile Runnable onCancel;

    JobFuture(String jobId) {
        this.jobId = jobId;
    }

    /** The vendor's id of the job being waited for. */
    public String jobId() {
        return jobId;
    }

    void onCancel(Runnable action) {
        this.onCancel = action;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        Runnable action = onCancel;
        if (cancelled && action != null) {
            action.run();
        }
        return cancelled;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>();
    }
}
