package dev.mediagen.videogen.model;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** The API's acknowledgement of a workflow (HTTP 202): the run, its project, and the queued remix actions. */
public final class WorkflowRunStarted {
    private String workflowRunId;
    private String projectId;
    private String projectUrl;
    private List<String> remixActionIds;

    private WorkflowRunStarted() {
    }

    /** The run to follow. */
    public String workflowRunId() {
        return workflowRunId;
    }

    /** The project being built. */
    public String projectId() {
        return projectId;
    }

    /** The project in the VideoGen app. */
    public Optional<String> projectUrl() {
        return Optional.ofNullable(projectUrl);
    }

    /** The remix actions queued to run after the workflow. */
    public List<String> remixActionIds() {
        return remixActionIds == null ? List.of() : Collections.unmodifiableList(remixActionIds);
    }

    @Override
    public String toString() {
        return "WorkflowRunStarted{workflowRunId=" + workflowRunId + ", projectId=" + projectId + "}";
    }
}
