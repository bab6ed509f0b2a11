package dev.mediagen.vap;

import java.util.Optional;

/**
 * A VAP media operation (inpaint, ai_edit, background_remove, upscale, video_trim, video_merge), as
 * {@code POST /v3/operations} accepted it or {@code GET /v3/operations/{id}} reports it.
 */
public final class Operation extends VapJob {
    private String operationId;
    private OperationType operation;

    private Operation() {
    }

    /** The operation's id (a UUID). */
    @Override
    public String id() {
        return operationId;
    }

    /** Which operation this is. */
    public Optional<OperationType> operation() {
        return Optional.ofNullable(operation);
    }

    @Override
    public String toString() {
        return "Operation{" + describe() + ", operation=" + operation + "}";
    }
}
