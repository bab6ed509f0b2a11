package dev.mediagen.videogen.model;

import java.util.List;
import java.util.Optional;

/** The body of a {@code POST /v1/workflows/...} call; each subclass is one workflow. */
public abstract class WorkflowRequest {
    private final AspectRatio aspectRatio;
    private final List<RemixAction> remixActions;

    WorkflowRequest(Builder<?, ?> builder) {
        this.aspectRatio = builder.aspectRatio;
        this.remixActions = Checks.items("remixActions", builder.remixActions);
    }

    /** The workflow this request runs. */
    public abstract WorkflowType workflowType();

    /** The API path of the workflow, relative to the base URL. */
    public abstract String path();

    /** The video's aspect ratio (the API defaults to 16:9). */
    public Optional<AspectRatio> aspectRatio() {
        return Optional.ofNullable(aspectRatio);
    }

    /** Edits applied after the workflow, in order. */
    public List<RemixAction> remixActions() {
        return Checks.listOrEmpty(remixActions);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "{workflow=" + workflowType() + ", remixActions=" + remixActions() + "}";
    }

    /**
     * The options every workflow accepts.
     *
     * @param <B> the concrete builder
     * @param <R> the request it builds
     */
    public abstract static class Builder<B extends Builder<B, R>, R extends WorkflowRequest> {
        private AspectRatio aspectRatio;
        private List<RemixAction> remixActions;

        Builder() {
        }

        abstract B self();

        /** The video's aspect ratio (default 16:9). */
        public B aspectRatio(AspectRatio aspectRatio) {
            this.aspectRatio = aspectRatio;
            return self();
        }

        /** Edits to apply after the workflow, in order. */
        public B remixActions(List<RemixAction> remixActions) {
            this.remixActions = remixActions;
            return self();
        }

        /** Checks every constraint and builds the request. */
        public abstract R build();
    }
}
