package dev.mediagen.videogen.model;

import java.util.Optional;
import java.util.OptionalInt;

/** Page size and position of a cursor-paginated list ({@code limit} 1 to 200, {@code cursor} as returned). */
public final class ListParams {
    private static final ListParams DEFAULTS = builder().build();

    private final Integer limit;
    private final String cursor;

    private ListParams(Builder b) {
        Checks.range("limit", b.limit, 1, 200);
        this.limit = b.limit;
        this.cursor = Checks.optionalText("cursor", b.cursor);
    }

    /** The first page at the API's default size (50). */
    public static ListParams defaults() {
        return DEFAULTS;
    }

    /** The first page of {@code limit} items. */
    public static ListParams limit(int limit) {
        return builder().limit(limit).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same page size, starting at {@code cursor}. */
    public ListParams withCursor(String cursor) {
        Builder b = new Builder();
        b.limit = limit;
        b.cursor = cursor;
        return b.build();
    }

    /** Items per page. */
    public OptionalInt limit() {
        return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
    }

    /** The cursor of the page to fetch, exactly as a previous page returned it. */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    @Override
    public String toString() {
        return "ListParams{limit=" + limit + ", cursor=" + cursor + "}";
    }

    /** Builds {@link ListParams}. */
    public static final class Builder {
        private Integer limit;
        private String cursor;

        private Builder() {
        }

        /** Items per page, 1 to 200 (default 50). */
        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        /** The cursor of the page to fetch. */
        public Builder cursor(String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** Checks the values and builds the parameters. */
        public ListParams build() {
            return new ListParams(this);
        }
    }
}
