package dev.mediagen.videogen.model;

import java.util.Optional;
import java.util.OptionalInt;

/** Paging of the avatar presenters, optionally sorted by how well they match a voice. */
public final class PresenterListParams {
    private static final PresenterListParams DEFAULTS = builder().build();

    private final ListParams page;
    private final String voiceId;

    private PresenterListParams(Builder b) {
        this.page = b.page.build();
        this.voiceId = Checks.optionalText("voiceId", b.voiceId);
    }

    /** The first page in the default order. */
    public static PresenterListParams defaults() {
        return DEFAULTS;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same filter and page size, starting at {@code cursor}. */
    public PresenterListParams withCursor(String cursor) {
        Builder b = new Builder();
        page.limit().ifPresent(b::limit);
        b.cursor(cursor);
        b.voiceId = voiceId;
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

    /** The voice presenters are sorted by match with. */
    public Optional<String> voiceId() {
        return Optional.ofNullable(voiceId);
    }

    /** Builds {@link PresenterListParams}. */
    public static final class Builder {
        private final ListParams.Builder page = ListParams.builder();
        private String voiceId;

        private Builder() {
        }

        /** Items per page, 1 to 200. */
        public Builder limit(int limit) {
            page.limit(limit);
            return this;
        }

        /** The cursor of the page to fetch. */
        public Builder cursor(String cursor) {
            page.cursor(cursor);
            return this;
        }

        /** Sorts presenters by how well they match this voice. */
        public Builder voiceId(String voiceId) {
            this.voiceId = voiceId;
            return this;
        }

        /** Checks the values and builds the parameters. */
        public PresenterListParams build() {
            return new PresenterListParams(this);
        }
    }
}
