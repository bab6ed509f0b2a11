package dev.mediagen.vap;

import dev.mediagen.core.ValidationException;
import java.util.Optional;

/** Filters and paging of {@code GET /v3/tasks}: an optional status, a page size of 1 to 50 (default 10), an offset. */
public final class TaskListParams {
    /** The largest page VAP returns. */
    public static final int MAX_LIMIT = 50;
    /** The page size VAP uses when none is given. */
    public static final int DEFAULT_LIMIT = 10;

    private static final TaskListParams DEFAULTS = builder().build();

    private final JobStatus status;
    private final int limit;
    private final long offset;

    private TaskListParams(Builder b) {
        if (b.limit < 1 || b.limit > MAX_LIMIT) {
            throw new ValidationException("limit must be between 1 and " + MAX_LIMIT + ", got " + b.limit);
        }
        if (b.offset < 0) {
            throw new ValidationException("offset must not be negative, got " + b.offset);
        }
        this.status = b.status;
        this.limit = b.limit;
        this.offset = b.offset;
    }

    /** Every task, ten per page. */
    public static TaskListParams defaults() {
        return DEFAULTS;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The status filter. */
    public Optional<JobStatus> status() {
        return Optional.ofNullable(status);
    }

    /** The page size. */
    public int limit() {
        return limit;
    }

    /** The offset of the first task. */
    public long offset() {
        return offset;
    }

    TaskListParams at(long newOffset, int newLimit) {
        return builder().status(status).limit(newLimit).offset(newOffset).build();
    }

    /** Builds {@link TaskListParams}. */
    public static final class Builder {
        private JobStatus status;
        private int limit = DEFAULT_LIMIT;
        private long offset;

        private Builder() {
        }

        /** Only tasks with this status. */
        public Builder status(JobStatus status) {
            this.status = status;
            return this;
        }

        /** The page size, 1 to 50. */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /** The offset of the first task. */
        public Builder offset(long offset) {
            this.offset = offset;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @throws ValidationException when the limit or offset is out of range
         */
        public TaskListParams build() {
            return new TaskListParams(this);
        }
    }
}
