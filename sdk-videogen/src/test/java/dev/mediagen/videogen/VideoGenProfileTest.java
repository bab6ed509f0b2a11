package dev.mediagen.videogen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.core.RateLimit;
import dev.mediagen.core.internal.ResetFormat;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The client-side limiter is configured with VideoGen's documented per-endpoint hourly limits. */
class VideoGenProfileTest {
    @Test
    void everyDocumentedHourlyLimitIsConfigured() {
        Map<String, RateLimit> limits = VideoGenProfile.PROFILE.rateLimits();

        assertThat(limits).containsEntry("tools.create", perHour(500))
                .containsEntry("executions.read", perHour(5_000))
                .containsEntry("executions.cancel", perHour(250))
                .containsEntry("files.read", perHour(50_000))
                .containsEntry("files.hydrate", perHour(2_500))
                .containsEntry("files.upload", perHour(500))
                .containsEntry("files.search", perHour(500))
                .containsEntry("resources", perHour(2_500))
                .containsEntry("webhooks.list", perHour(500))
                .containsEntry("webhooks.create", perHour(10))
                .containsEntry("webhooks.delete", perHour(10))
                .containsEntry("workflows.create", perHour(500))
                .containsEntry("workflowRuns.read", perHour(5_000))
                .containsEntry("workflowRuns.cancel", perHour(250))
                .containsEntry("projects.read", perHour(2_500))
                .containsEntry("projects.export", perHour(500))
                .containsEntry("exports.read", perHour(5_000))
                .hasSize(17);
        assertThat(VideoGenProfile.PROFILE.resetFormat()).isEqualTo(ResetFormat.EPOCH_SECONDS);
        assertThat(VideoGenProfile.PROFILE.requestIdHeaders()).containsExactly("x-request-id");
    }

    @Test
    void theExecutionPollerStaysInsideTheReadBudgetByConstruction() {
        long pollerRequestsPerHour = Duration.ofHours(1).toMillis() / ToolExecutionJobs.WINDOW.toMillis();

        assertThat(pollerRequestsPerHour).isLessThanOrEqualTo(VideoGenProfile.EXECUTION_READS_PER_HOUR);
        assertThat(ToolExecutionJobs.BATCH_THRESHOLD).isEqualTo(2);
    }

    private static RateLimit perHour(int permits) {
        return RateLimit.of(permits, Duration.ofHours(1));
    }
}
