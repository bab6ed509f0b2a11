package dev.mediagen.vap;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code POST /v3/tasks} creates: typed parameters and an optional {@code callback_url} that receives the
 * task's webhook events. The idempotency key is not part of the request: give it with
 * {@link dev.mediagen.core.RequestOptions.Builder#idempotencyKey(String)} or let the SDK generate one.
 */
public final class TaskRequest {
    private final TaskParams params;
    private final String callbackUrl;

    private TaskRequest(Builder b) {
        this.params = Objects.requireNonNull(b.params, "params");
        this.callbackUrl = Check.optionalUrl(b.callbackUrl, "callback_url");
    }

    /** A request for these parameters without a callback. */
    public static TaskRequest of(TaskParams params) {
        return builder(params).build();
    }

    /** A builder for these parameters. */
    public static Builder builder(TaskParams params) {
        return new Builder(params);
    }

    /** The task type, taken from the parameters. */
    public TaskType type() {
        return params.type();
    }

    /** The typed parameters. */
    public TaskParams params() {
        return params;
    }

    /** Where VAP POSTs the task's webhook events. */
    public Optional<String> callbackUrl() {
        return Optional.ofNullable(callbackUrl);
    }

    @Override
    public String toString() {
        return "TaskRequest{params=" + params + ", callbackUrl=" + callbackUrl + "}";
    }

    /** Builds a {@link TaskRequest}. */
    public static final class Builder {
        private final TaskParams params;
        private String callbackUrl;

        private Builder(TaskParams params) {
            this.params = Objects.requireNonNull(params, "params");
        }

        /** An absolute http(s) URL that receives {@code task.completed}, {@code task.failed} and {@code task.refunded}. */
        public Builder callbackUrl(String callbackUrl) {
            this.callbackUrl = callbackUrl;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws dev.mediagen.core.ValidationException when the callback URL is not an absolute http(s) URL
         */
        public TaskRequest build() {
            return new TaskRequest(this);
        }
    }
}
