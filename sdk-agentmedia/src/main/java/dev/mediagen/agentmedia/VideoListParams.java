package dev.mediagen.agentmedia;

import dev.mediagen.core.ValidationException;
import java.util.Optional;
import java.util.OptionalInt;

/** Filters, order and page of {@code GET /videos}: {@code limit} (1 to 100, default 20), {@code offset}, {@code status}, {@code sort}. */
public final class VideoListParams {
    /** The page size the API uses when none is given. */
    public static final int DEFAULT_LIMIT = 20;
    /** The largest page the API returns. */
    public static final int MAX_LIMIT = 100;

    private static final VideoListParams NONE = builder().build();

    private final Integer limit;
    private final long offset;
    private final VideoStatus status;
    private final VideoSort sort;
    private final String model;

    private VideoListParams(Builder b) {
        this.limit = b.limit;
        this.offset = b.offset;
        this.status = b.status;
        this.sort = b.sort;
        this.model = b.model;
    }

    /** The API's defaults: the newest 20 jobs. */
    public static VideoListParams none() {
        return NONE;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with these parameters. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.limit = limit;
        b.offset = offset;
        b.status = status;
        b.sort = sort;
        b.model = model;
        return b;
    }

    /** The page size, when set. */
    public OptionalInt limit() {
        return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    /** The number of jobs skipped. */
    public long offset() {
        return offset;
    }

    /** The status filter. */
    public Optional<VideoStatus> status() {
        return Optional.ofNullable(status);
    }

    /** The order. */
    public Optional<VideoSort> sort() {
        return Optional.ofNullable(sort);
    }

    /** The model filter. */
    public Optional<String> model() {
        return Optional.ofNullable(model);
    }

    @Override
    public String toString() {
        return "VideoListParams{limit=" + limit + ", offset=" + offset + ", status=" + status + ", sort=" + sort
                + ", model=" + model + "}";
    }

    /** Builds {@link VideoListParams}. */
    public static final class Builder {
        private Integer limit;
        private long offset;
        private VideoStatus status;
        private VideoSort sort;
        private String model;

        private Builder() {
        }

        /** Jobs per page, 1 to 100. */
        public Builder limit(int limit) {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new ValidationException("limit must be between 1 and " + MAX_LIMIT + " (got " + limit + ")");
            }
            this.limit = limit;
            return this;
        }

        /** Jobs to skip (0 or more). */
        public Builder offset(long offset) {
            if (offset < 0) {
                throw new ValidationException("offset must not be negative (got " + offset + ")");
            }
            this.offset = offset;
            return this;
        }

        /** Only jobs with this status. */
        public Builder status(VideoStatus status) {
            this.status = status;
            return this;
        }

        /** The order (newest first by default). */
        public Builder sort(VideoSort sort) {
            this.sort = sort;
            return this;
        }

        /** Only jobs of this model (e.g. {@code ugc-basic}). */
        public Builder model(String model) {
            this.model = model == null || model.isBlank() ? null : model;
            return this;
        }

        /** Builds the parameters. */
        public VideoListParams build() {
            return new VideoListParams(this);
        }
    }
}
