package dev.mediagen.videogen.model;

import java.util.Optional;
import java.util.OptionalInt;

/** {@code POST /v1/files/search}: semantic search over analysed files. */
public final class FileSearchRequest {
    private final String query;
    private final Integer numResults;
    private final Boolean selfOnly;

    private FileSearchRequest(Builder b) {
        this.query = Checks.requireText("query", b.query);
        Checks.range("numResults", b.numResults, 1, 100);
        this.numResults = b.numResults;
        this.selfOnly = b.selfOnly;
    }

    /** A builder for files matching {@code query}. */
    public static Builder builder(String query) {
        return new Builder().query(query);
    }

    /** The search text. */
    public String query() {
        return query;
    }

    /** How many results (1 to 100; the API's default is 10). */
    public OptionalInt numResults() {
        return numResults == null ? OptionalInt.empty() : OptionalInt.of(numResults);
    }

    /** Whether only files of the calling API key are searched. */
    public Optional<Boolean> selfOnly() {
        return Optional.ofNullable(selfOnly);
    }

    @Override
    public String toString() {
        return "FileSearchRequest{query=" + query + ", numResults=" + numResults + ", selfOnly=" + selfOnly + "}";
    }

    /** Builds a {@link FileSearchRequest}. */
    public static final class Builder {
        private String query;
        private Integer numResults;
        private Boolean selfOnly;

        private Builder() {
        }

        /** The search text. Required. */
        public Builder query(String query) {
            this.query = query;
            return this;
        }

        /** How many results, 1 to 100. */
        public Builder numResults(int numResults) {
            this.numResults = numResults;
            return this;
        }

        /** Searches only files of the calling API key (default false). */
        public Builder selfOnly(boolean selfOnly) {
            this.selfOnly = selfOnly;
            return this;
        }

        /** Checks the values and builds the request. */
        public FileSearchRequest build() {
            return new FileSearchRequest(this);
        }
    }
}
