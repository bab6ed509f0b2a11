package dev.mediagen.videogen.model;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** One run of a VideoGen tool: its status, progress, and (once succeeded) the files it produced. */
public final class ToolExecution {
    private String toolExecutionId;
    private JobStatus status;
    private ToolType toolType;
    private double progressPercentage;
    private int attemptIndex;
    private List<ToolResult> results;
    private ApiError error;

    private ToolExecution() {
    }

    /** The execution's id, kept exactly as the API returned it (never parse it: its prefix has changed before). */
    public String toolExecutionId() {
        return toolExecutionId;
    }

    /** pending, running, succeeded, failed or cancelled. */
    public JobStatus status() {
        return status == null ? JobStatus.PENDING : status;
    }

    /** The tool that ran (e.g. {@code GENERATE_IMAGE}). */
    public Optional<ToolType> toolType() {
        return Optional.ofNullable(toolType);
    }

    /** Progress of the current attempt, 0 to 100 (always 100 once succeeded). */
    public double progressPercentage() {
        return progressPercentage;
    }

    /** Zero-based index of the current or most recent attempt. */
    public int attemptIndex() {
        return attemptIndex;
    }

    /** One entry per generated file; empty until the execution succeeded. */
    public List<ToolResult> results() {
        return results == null ? List.of() : Collections.unmodifiableList(results);
    }

    /** Why the execution failed, when it did. */
    public Optional<ApiError> error() {
        return Optional.ofNullable(error);
    }

    /** Whether the execution reached a final status. */
    public boolean isTerminal() {
        return status().isTerminal();
    }

    /** The ids of the generated files, in order. */
    public List<String> resultFileIds() {
        return results().stream().map(ToolResult::fileId).collect(java.util.stream.Collectors.toUnmodifiableList());
    }

    @Override
    public String toString() {
        return "ToolExecution{id=" + toolExecutionId + ", status=" + status + ", toolType=" + toolType
                + ", progress=" + progressPercentage + ", attempt=" + attemptIndex + ", results=" + results().size()
                + (error == null ? "" : ", error=" + error) + "}";
    }
}
