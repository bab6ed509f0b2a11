package dev.mediagen.videogen.model;

import dev.mediagen.core.internal.Redaction;
import java.util.Optional;

/** A render of a project into a video file: its status, and once succeeded the signed download URL. */
public final class ProjectExport {
    private String exportId;
    private String projectId;
    private JobStatus status;
    private double progressPercentage;
    private int attemptIndex;
    private String downloadUrl;
    private String thumbnailUrl;
    private ApiError error;

    private ProjectExport() {
    }

    /** The export's id (e.g. {@code vg_expo_...}). */
    public String exportId() {
        return exportId;
    }

    /** The exported project. */
    public String projectId() {
        return projectId;
    }

    /** pending, running, succeeded or failed. */
    public JobStatus status() {
        return status == null ? JobStatus.PENDING : status;
    }

    /** Progress, 0 to 100. */
    public double progressPercentage() {
        return progressPercentage;
    }

    /** Zero-based index of the current or most recent attempt. */
    public int attemptIndex() {
        return attemptIndex;
    }

    /** The signed URL of the video, once succeeded. */
    public Optional<String> downloadUrl() {
        return Optional.ofNullable(downloadUrl).filter(u -> !u.isEmpty());
    }

    /** The signed URL of a thumbnail, once succeeded. */
    public Optional<String> thumbnailUrl() {
        return Optional.ofNullable(thumbnailUrl).filter(u -> !u.isEmpty());
    }

    /** Why the export failed, when it did. */
    public Optional<ApiError> error() {
        return Optional.ofNullable(error);
    }

    @Override
    public String toString() {
        return "ProjectExport{id=" + exportId + ", projectId=" + projectId + ", status=" + status + ", progress="
                + progressPercentage + ", downloadUrl=" + (downloadUrl == null ? null : Redaction.url(downloadUrl)) + "}";
    }
}
