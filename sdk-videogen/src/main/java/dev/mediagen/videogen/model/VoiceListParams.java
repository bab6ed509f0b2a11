package dev.mediagen.videogen.model;

import java.util.Optional;
import java.util.OptionalInt;

/** Paging of the TTS voices, optionally including deprecated ones. */
public final class VoiceListParams {
    private static final VoiceListParams DEFAULTS = builder().build();

    private final ListParams page;
    private final Boolean includeDeprecated;

    private VoiceListParams(Builder b) {
        this.page = b.page.build();
        this.includeDeprecated = b.includeDeprecated;
    }

    /** The first page, current voices only. */
    public static VoiceListParams defaults() {
        return DEFAULTS;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same filter and page size, starting at {@code cursor}. */
    public VoiceListParams withCursor(String cursor) {
        Builder b = new Builder();
        page.limit().ifPresent(b::limit);
        b.cursor(cursor);
        b.includeDeprecated = includeDeprecated;
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

    /** Whether deprecated voices are listed too. */
    public Optional<Boolean> includeDeprecated() {
        return Optional.ofNullable(includeDeprecated);
    }

    /** Builds {@link VoiceListParams}. */
    public static final class Builder {
        private final ListParams.Builder page = ListParams.builder();
        private Boolean includeDeprecated;

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

        /** Lists deprecated voices too (default false). */
        public Builder includeDeprecated(boolean includeDeprecated) {
            this.includeDeprecated = includeDeprecated;
            return this;
        }

        /** Checks the values and builds the parameters. */
        public VoiceListParams build() {
            return new VoiceListParams(this);
        }
    }
}
