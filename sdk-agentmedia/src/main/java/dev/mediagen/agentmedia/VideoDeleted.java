package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Optional;

/** The answer to a soft delete: {@code {success, jobId, deletedAt}}. */
public final class VideoDeleted {
    private Boolean success;
    @JsonProperty("jobId")
    @JsonAlias("job_id")
    private String jobId;
    @JsonProperty("deletedAt")
    @JsonAlias("deleted_at")
    private Instant deletedAt;

    private VideoDeleted() {
    }

    /** Whether the job was deleted. */
    public boolean success() {
        return Boolean.TRUE.equals(success);
    }

    /** The deleted job's id. */
    public String jobId() {
        return jobId;
    }

    /** When it was deleted. */
    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    @Override
    public String toString() {
        return "VideoDeleted{success=" + success + ", jobId=" + jobId + ", deletedAt=" + deletedAt + "}";
    }
}
