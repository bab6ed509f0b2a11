package dev.mediagen.videogen;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.mediagen.videogen.model.ApiError;
import dev.mediagen.videogen.model.WorkflowRun;
import dev.mediagen.videogen.model.WorkflowType;
import java.util.Optional;

/** {@code workflow_run.succeeded}, {@code .failed} or {@code .cancelled}: a workflow run reached a final status. */
public final class WorkflowRunEvent extends VideoGenEvent {
    private String workflowRunId;
    private WorkflowType workflowType;
    private String projectId;
    private String projectUrl;
    private ApiError error;
    @JsonIgnore
    private WorkflowRun run;

    private WorkflowRunEvent() {
    }

    void run(WorkflowRun run) {
        this.run = run;
    }

    /** The run's id. */
    public String workflowRunId() {
        return workflowRunId;
    }

    /** The workflow that ran. */
    public Optional<WorkflowType> workflowType() {
        return Optional.ofNullable(workflowType);
    }

    /** The project the run built. */
    public String projectId() {
        return projectId;
    }

    /** The project in the VideoGen app. */
    public Optional<String> projectUrl() {
        return Optional.ofNullable(projectUrl);
    }

    /** Why it failed (failed only). */
    public Optional<ApiError> error() {
        return Optional.ofNullable(error);
    }

    /** The run in its final state, as {@code GET /v1/workflows/runs/{id}} would describe it. */
    public WorkflowRun run() {
        return run;
    }
}
