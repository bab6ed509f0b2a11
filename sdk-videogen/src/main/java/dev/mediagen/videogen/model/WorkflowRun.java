package dev.mediagen.videogen.model;

import java.util.Optional;

/** One run of a workflow: its status and progress, and the project it builds. */
public final class WorkflowRun {
    private String workflowRunId;
    private JobStatus status;
    private WorkflowType workflowType;
    private double progressPercentage;
    private int attemptIndex;
    private String projectId;
    private String projectUrl;
    private ApiError error;

    private WorkflowRun() {
    }

    /** The run's id (e.g. {@code vg_work_...}). */
    public String workflowRunId() {
        return workflowRunId;
    }

    /** pending, running, succeeded, failed or cancelled. */
    public JobStatus status() {
        return status == null ? JobStatus.PENDING : status;
    }

    /** The workflow that runs. */
    public Optional<WorkflowType> workflowType() {
        return Optional.ofNullable(workflowType);
    }

    /** Progress, 0 to 100. */
    public double progressPercentage() {
        return progressPercentage;
    }

    /** Zero-based index of the current or most recent attempt. */
    public int attemptIndex() {
        return attemptIndex;
    }

    /** The project the run builds; export it for a downloadable video. */
    public String projectId() {
        return projectId;
    }

    /** The project in the VideoGen app. */
    public Optional<String> projectUrl() {
        return Optional.ofNullable(projectUrl);
    }

    /** Why the run failed, when it did. */
    public Optional<ApiError> error() {
        return Optional.ofNullable(error);
    }

    /** Whether the run reached a final status. */
    public boolean isTerminal() {
        return status().isTerminal();
    }

    @Override
    public String toString() {
        return "WorkflowRun{id=" + workflowRunId + ", status=" + status + ", type=" + workflowType + ", progress="
                + progressPercentage + ", projectId=" + projectId + (error == null ? "" : ", error=" + error) + "}";
    }
}
