package dev.mediagen.videogen.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The body of a {@code POST /v1/tools/...} call. Each subclass is one tool; its builder checks every documented
 * constraint in {@code build()}, so an invalid request fails with a ValidationException before anything is sent.
 */
public abstract class ToolRequest {
    private final Integer numResults;
    private final Boolean isOutputTemporary;

    ToolRequest(Builder<?, ?> builder) {
        Checks.range("numResults", builder.numResults, 1, 100);
        this.numResults = builder.numResults;
        this.isOutputTemporary = builder.isOutputTemporary;
    }

    /** The tool this request runs. */
    public abstract ToolType toolType();

    /** The API path of the tool, relative to the base URL. */
    public abstract String path();

    /** How many results to generate (1 to 100; the API's default is 1). */
    public OptionalInt numResults() {
        return numResults == null ? OptionalInt.empty() : OptionalInt.of(numResults);
    }

    /** Whether the outputs are temporary (kept 24 hours, not analysed). */
    public Optional<Boolean> isOutputTemporary() {
        return Optional.ofNullable(isOutputTemporary);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{tool=" + toolType() + ", numResults=" + numResults + "}";
    }

    /**
     * The options every tool accepts.
     *
     * @param <B> the concrete builder
     * @param <R> the request it builds
     */
    public abstract static class Builder<B extends Builder<B, R>, R extends ToolRequest> {
        private Integer numResults;
        private Boolean isOutputTemporary;

        Builder() {
        }

        abstract B self();

        /** How many results to generate, 1 to 100. */
        public B numResults(int numResults) {
            this.numResults = numResults;
            return self();
        }

        /** Makes the outputs temporary: guaranteed for 24 hours, then possibly archived; never analysed. */
        public B outputTemporary(boolean temporary) {
            this.isOutputTemporary = temporary;
            return self();
        }

        /** Checks every constraint and builds the request. */
        public abstract R build();
    }
}
