package dev.mediagen.videogen;

import dev.mediagen.core.Futures;
import dev.mediagen.core.MediaGenException;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.download.DownloadListener;
import dev.mediagen.core.download.DownloadResult;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.wait.JobClassifier;
import dev.mediagen.core.wait.JobFuture;
import dev.mediagen.core.wait.JobSnapshot;
import dev.mediagen.core.wait.JobState;
import dev.mediagen.core.wait.JobType;
import dev.mediagen.core.wait.PollStrategy;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.videogen.model.ApiError;
import dev.mediagen.videogen.model.ExportQuality;
import dev.mediagen.videogen.model.Project;
import dev.mediagen.videogen.model.ProjectExport;
import dev.mediagen.videogen.model.ProjectExportStarted;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CompletableFuture;

/** Projects: get a project, export it to a video file, follow the export, and download the result. */
public final class VideoGenProjectService {
    static final PollStrategy POLL_STRATEGY = PollStrategy.backoff(Duration.ofSeconds(3), 1.5, Duration.ofSeconds(20));

    private final ApiRuntime runtime;

    VideoGenProjectService(ApiRuntime runtime) {
        this.runtime = runtime;
    }

    /** Gets a project. */
    public Project get(String projectId) {
        return get(projectId, RequestOptions.none());
    }

    /** Gets a project, with per-call options. */
    public Project get(String projectId, RequestOptions options) {
        return Futures.join(getAsync(projectId, options));
    }

    /** Gets a project, asynchronously. */
    public CompletableFuture<Project> getAsync(String projectId) {
        return getAsync(projectId, RequestOptions.none());
    }

    /** Gets a project, asynchronously with per-call options. */
    public CompletableFuture<Project> getAsync(String projectId, RequestOptions options) {
        return runtime.call(ApiRequest.get("/v1/projects/" + ApiRequest.segment(projectId))
                .endpointClass(VideoGenProfile.PROJECTS_READ).build(), options, runtime.json(Project.class));
    }

    /** Starts rendering a project at {@code quality} (null: VideoGen's default); returns the export to follow. */
    public ProjectExportStarted export(String projectId, ExportQuality quality) {
        return export(projectId, quality, RequestOptions.none());
    }

    /** Starts an export, with per-call options. */
    public ProjectExportStarted export(String projectId, ExportQuality quality, RequestOptions options) {
        return Futures.join(exportAsync(projectId, quality, options));
    }

    /** Starts an export, asynchronously. */
    public CompletableFuture<ProjectExportStarted> exportAsync(String projectId, ExportQuality quality) {
        return exportAsync(projectId, quality, RequestOptions.none());
    }

    /** Starts an export, asynchronously with per-call options. */
    public CompletableFuture<ProjectExportStarted> exportAsync(String projectId, ExportQuality quality,
                                                              RequestOptions options) {
        return runtime.call(ApiRequest.post("/v1/projects/" + ApiRequest.segment(projectId) + "/export")
                        .json(new ExportBody(quality)).paidWork(null).endpointClass(VideoGenProfile.PROJECTS_EXPORT).build(),
                options, runtime.json(ProjectExportStarted.class));
    }

    /** Gets an export's status and, once succeeded, its download URL. */
    public ProjectExport getExport(String projectId, String exportId) {
        return getExport(projectId, exportId, RequestOptions.none());
    }

    /** Gets an export, with per-call options. */
    public ProjectExport getExport(String projectId, String exportId, RequestOptions options) {
        return Futures.join(getExportAsync(projectId, exportId, options));
    }

    /** Gets an export, asynchronously. */
    public CompletableFuture<ProjectExport> getExportAsync(String projectId, String exportId) {
        return getExportAsync(projectId, exportId, RequestOptions.none());
    }

    /** Gets an export, asynchronously with per-call options. */
    public CompletableFuture<ProjectExport> getExportAsync(String projectId, String exportId, RequestOptions options) {
        return runtime.call(exportRequest(projectId, exportId), options, runtime.json(ProjectExport.class));
    }

    private static ApiRequest exportRequest(String projectId, String exportId) {
        return ApiRequest.get("/v1/projects/" + ApiRequest.segment(projectId) + "/exports/" + ApiRequest.segment(exportId))
                .endpointClass(VideoGenProfile.EXPORTS_READ).build();
    }

    /** Exports a project and completes with the succeeded export (its {@code downloadUrl} is the video). */
    public CompletableFuture<ProjectExport> exportAndWait(String projectId, ExportQuality quality, WaitOptions waitOptions) {
        Objects.requireNonNull(waitOptions, "waitOptions");
        return Futures.composeCancellable(exportAsync(projectId, quality),
                started -> waitForExportAsync(projectId, started.exportId(), waitOptions));
    }

    /** Waits for an export started earlier; fails with JobFailedException if the export failed. */
    public JobFuture<ProjectExport> waitForExportAsync(String projectId, String exportId, WaitOptions waitOptions) {
        ApiRequest.segment(projectId);
        ApiRequest.segment(exportId);
        JobType<ProjectExport> exports = JobType.of("project_export:" + projectId,
                id -> runtime.send(exportRequest(projectId, id), RequestOptions.none(), runtime.json(ProjectExport.class))
                        .thenApply(JobSnapshot::of), CLASSIFIER, POLL_STRATEGY);
        return runtime.waiter().await(exports, exportId, null, waitOptions);
    }

    /** Downloads a succeeded export's video to {@code target}. */
    public DownloadResult download(ProjectExport export, Path target, DownloadListener listener) {
        return Futures.join(downloadAsync(export, target, listener));
    }

    /** Downloads a succeeded export's video to {@code target}, asynchronously, reporting progress. */
    public CompletableFuture<DownloadResult> downloadAsync(ProjectExport export, Path target, DownloadListener listener) {
        Objects.requireNonNull(export, "export");
        Optional<String> url = export.downloadUrl();
        if (url.isEmpty()) {
            return Futures.failed(new MediaGenException("Export " + export.exportId() + " has no download URL (status "
                    + export.status() + ")"));
        }
        return runtime.downloader().toPath(url.get(), target, listener);
    }

    private static final JobClassifier<ProjectExport> CLASSIFIER = new JobClassifier<>() {
        @Override
        public JobState state(ProjectExport export) {
            return ToolExecutionJobs.stateOf(export.status());
        }

        @Override
        public String status(ProjectExport export) {
            return export.status().asString();
        }

        @Override
        public OptionalDouble progress(ProjectExport export) {
            return OptionalDouble.of(export.progressPercentage());
        }

        @Override
        public Optional<String> failureMessage(ProjectExport export) {
            return export.error().map(ApiError::message);
        }

        @Override
        public Optional<String> failureCode(ProjectExport export) {
            return export.error().flatMap(ApiError::code);
        }
    };

    /** The body of {@code POST /v1/projects/{id}/export}. */
    static final class ExportBody {
        final ExportQuality quality;

        ExportBody(ExportQuality quality) {
            this.quality = quality;
        }
    }
}
