package dev.mediagen.videogen.model;

import java.util.Optional;
import java.util.OptionalInt;

/** Paging of tool executions or workflow runs, optionally only those started with the calling API key. */
public final class RunListParams {
    private static final RunListParams DEFAULTS = builder().build();

    private final ListParams page;
    private final Boolean selfOnly;

    private RunListParams(Builder b) {
        this.page = b.page.build();
        this.selfOnly = b.selfOnly;
    }

    /** The first page at the API's default size, everything the team started. */
    public static RunListParams defaults() {
        return DEFAULTS;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same filter and page size, starting at {@code cursor}. */
    public RunListParams withCursor(String cursor) {
        Builder b = new Builder();
        page.limit().ifPresent(b::limit);
        b.cursor(cursor);
        b.selfOnly = selfOnly;
        return b.build();
    }

    /** Items per page. */
    public OptionalInt limit() {
        return page.limit();
    }

    /** The cursor of the page to fetch. */
    public Optional<String> cursor() {
        return page.cursor();
    }

    /** Whether only runs started with the calling API key are listed. */
    public Optional<Boolean> selfOnly() {
        return Optional.ofNullable(selfOnly);
    }

    @Override
    public String toString() {
        return "RunListParams{limit=" + page.limit() + ", cursor=" + page.cursor() + ", selfOnly=" + selfOnly + "}";
    }

    /** Builds {@link RunListParams}. */
    public static final class Builder {
        private final ListParams.Builder page = ListParams.builder();
        private Boolean selfOnly;

        private Builder() {
        }

        /** Items per page, 1 to 200 (default 50). */
        public Builder limit(int limit) {
            page.limit(limit);
            return this;
        }

        /** The cursor of the page to fetch. */
        public Builder cursor(String cursor) {
            page.cursor(cursor);
            return this;
        }

        /** Lists only runs started with the calling API key (default false: the whole team). */
        public Builder selfOnly(boolean selfOnly) {
            this.selfOnly = selfOnly;
            return this;
        }

        /** Checks the values and builds the parameters. */
        public RunListParams build() {
            return new RunListParams(this);
        }
    }
}
