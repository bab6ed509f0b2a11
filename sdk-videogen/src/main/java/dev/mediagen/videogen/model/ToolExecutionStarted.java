package dev.mediagen.videogen.model;

/** The API's acknowledgement of a tool call (HTTP 202): the id of the execution to follow. */
public final class ToolExecutionStarted {
    private String toolExecutionId;

    private ToolExecutionStarted() {
    }

    /** The id of the new execution (opaque; store it as-is). */
    public String toolExecutionId() {
        return toolExecutionId;
    }

    @Override
    public String toString() {
        return "ToolExecutionStarted{toolExecutionId=" + toolExecutionId + "}";
    }
}
