package dev.mediagen.videogen;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.mediagen.videogen.model.ApiError;
import dev.mediagen.videogen.model.ToolExecution;
import dev.mediagen.videogen.model.ToolResult;
import dev.mediagen.videogen.model.ToolType;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** {@code tool_execution.succeeded}, {@code .failed} or {@code .cancelled}: an execution reached a final status. */
public final class ToolExecutionEvent extends VideoGenEvent {
    private String toolExecutionId;
    private ToolType toolType;
    private List<ToolResult> results;
    private ApiError error;
    @JsonIgnore
    private ToolExecution execution;

    private ToolExecutionEvent() {
    }

    void execution(ToolExecution execution) {
        this.execution = execution;
    }

    /** The execution's id. */
    public String toolExecutionId() {
        return toolExecutionId;
    }

    /** The tool that ran. */
    public Optional<ToolType> toolType() {
        return Optional.ofNullable(toolType);
    }

    /** The generated files, each with a hydrated {@code file} (succeeded only). */
    public List<ToolResult> results() {
        return results == null ? List.of() : Collections.unmodifiableList(results);
    }

    /** Why it failed (failed only). */
    public Optional<ApiError> error() {
        return Optional.ofNullable(error);
    }

    /** The execution in its final state, as {@code GET /v1/tools/executions/{id}} would describe it. */
    public ToolExecution execution() {
        return execution;
    }
}
