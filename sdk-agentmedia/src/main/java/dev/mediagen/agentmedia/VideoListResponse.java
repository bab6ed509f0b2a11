package dev.mediagen.agentmedia;

import java.util.List;

/** The body of {@code GET /videos}: {@code {jobs, total}}. */
final class VideoListResponse {
    private List<VideoJob> jobs;
    private Long total;

    private VideoListResponse() {
    }

    List<VideoJob> jobs() {
        return jobs == null ? List.of() : jobs;
    }

    Long total() {
        return total;
    }
}
