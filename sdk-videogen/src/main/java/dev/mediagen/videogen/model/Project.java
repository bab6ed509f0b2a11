package dev.mediagen.videogen.model;

import java.time.Instant;
import java.util.Optional;

/** A VideoGen project (what a workflow builds); export it for a downloadable video. */
public final class Project {
    private String projectId;
    private String title;
    private AspectRatio aspectRatio;
    private ProjectStatus status;
    private Instant createdAt;
    private Instant updatedAt;
    private String projectUrl;

    private Project() {
    }

    /** The project's id (e.g. {@code vg_proj_...}). */
    public String projectId() {
        return projectId;
    }

    /** The title. */
    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    /** The aspect ratio. */
    public Optional<AspectRatio> aspectRatio() {
        return Optional.ofNullable(aspectRatio);
    }

    /** generating or ready. */
    public Optional<ProjectStatus> status() {
        return Optional.ofNullable(status);
    }

    /** When it was created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    /** When it last changed. */
    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    /** The project in the VideoGen app. */
    public Optional<String> projectUrl() {
        return Optional.ofNullable(projectUrl);
    }

    @Override
    public String toString() {
        return "Project{id=" + projectId + ", title=" + title + ", status=" + status + "}";
    }
}
