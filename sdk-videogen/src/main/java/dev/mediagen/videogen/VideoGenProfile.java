package dev.mediagen.videogen;

import dev.mediagen.core.RateLimit;
import dev.mediagen.core.internal.Json;
import dev.mediagen.core.internal.ResetFormat;
import dev.mediagen.core.internal.VendorProfile;
import java.time.Duration;
import java.util.List;

/** VideoGen's conventions: camelCase JSON, the ApiError body, and the documented per-endpoint hourly limits. */
final class VideoGenProfile {
    static final String TOOLS_CREATE = "tools.create";
    static final String EXECUTIONS_READ = "executions.read";
    static final String EXECUTIONS_CANCEL = "executions.cancel";
    static final String FILES_READ = "files.read";
    static final String FILES_HYDRATE = "files.hydrate";
    static final String FILES_UPLOAD = "files.upload";
    static final String FILES_SEARCH = "files.search";
    static final String RESOURCES = "resources";
    static final String WEBHOOKS_LIST = "webhooks.list";
    static final String WEBHOOKS_CREATE = "webhooks.create";
    static final String WEBHOOKS_DELETE = "webhooks.delete";
    static final String WORKFLOWS_CREATE = "workflows.create";
    static final String WORKFLOW_RUNS_READ = "workflowRuns.read";
    static final String WORKFLOW_RUNS_CANCEL = "workflowRuns.cancel";
    static final String PROJECTS_READ = "projects.read";
    static final String PROJECTS_EXPORT = "projects.export";
    static final String EXPORTS_READ = "exports.read";

    /** The read budget of execution polling per hour, which the batch poller is sized against. */
    static final int EXECUTION_READS_PER_HOUR = 5_000;

    static final VendorProfile PROFILE = VendorProfile.builder("videogen")
            .json(Json.camelCase())
            .errorDecoder(new VideoGenErrorDecoder())
            .resetFormat(ResetFormat.EPOCH_SECONDS)
            .requestIdHeaders(List.of("x-request-id"))
            .rateLimit(TOOLS_CREATE, perHour(500))
            .rateLimit(EXECUTIONS_READ, perHour(EXECUTION_READS_PER_HOUR))
            .rateLimit(EXECUTIONS_CANCEL, perHour(250))
            .rateLimit(FILES_READ, perHour(50_000))
            .rateLimit(FILES_HYDRATE, perHour(2_500))
            .rateLimit(FILES_UPLOAD, perHour(500))
            .rateLimit(FILES_SEARCH, perHour(500))
            .rateLimit(RESOURCES, perHour(2_500))
            .rateLimit(WEBHOOKS_LIST, perHour(500))
            .rateLimit(WEBHOOKS_CREATE, perHour(10))
            .rateLimit(WEBHOOKS_DELETE, perHour(10))
            .rateLimit(WORKFLOWS_CREATE, perHour(500))
            .rateLimit(WORKFLOW_RUNS_READ, perHour(5_000))
            .rateLimit(WORKFLOW_RUNS_CANCEL, perHour(250))
            .rateLimit(PROJECTS_READ, perHour(2_500))
            .rateLimit(PROJECTS_EXPORT, perHour(500))
            .rateLimit(EXPORTS_READ, perHour(5_000))
            .build();

    private VideoGenProfile() {
    }

    private static RateLimit perHour(int permits) {
        return RateLimit.of(permits, Duration.ofHours(1));
    }
}
