package dev.mediagen.agentmedia;

import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.ResponseHandler;
import dev.mediagen.core.internal.ServerHints;
import dev.mediagen.core.wait.JobClassifier;
import dev.mediagen.core.wait.JobSnapshot;
import dev.mediagen.core.wait.JobState;
import dev.mediagen.core.wait.JobType;
import dev.mediagen.core.wait.PollStrategy;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/** The video job as the waiter sees it: polled with {@code GET /videos/:id} (honouring Retry-After), cancellable. */
final class VideoJobs {
    /** The documented poll cadence when the server gives no hint. */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(5);

    static final JobClassifier<VideoJob> CLASSIFIER = new JobClassifier<>() {
        @Override
        public JobState state(VideoJob job) {
            VideoStatus status = job.status();
            if (status.equals(VideoStatus.COMPLETED)) {
                return JobState.SUCCEEDED;
            }
            if (status.equals(VideoStatus.FAILED)) {
                return JobState.FAILED;
            }
            return status.isCanceled() ? JobState.CANCELLED : JobState.PENDING;
        }

        @Override
        public String status(VideoJob job) {
            return job.status().asString();
        }

        @Override
        public OptionalDouble progress(VideoJob job) {
            return job.progress();
        }

        @Override
        public Optional<String> failureMessage(VideoJob job) {
            return job.errorMessage();
        }

        @Override
        public Optional<String> failureCode(VideoJob job) {
            return job.errorCode();
        }
    };

    private VideoJobs() {
    }

    static JobType<VideoJob> type(ApiRuntime runtime) {
        ResponseHandler<VideoJob> json = runtime.json(VideoJob.class);
        ResponseHandler<JobSnapshot<VideoJob>> snapshot = response -> JobSnapshot.of(requireId(json.handle(response)),
                ServerHints.retryAfter(response.headers(), runtime.scheduler().clock()).orElse(null));
        return JobType.cancellable("agentmedia-video",
                id -> runtime.send(get(id), RequestOptions.none(), snapshot),
                CLASSIFIER,
                id -> runtime.send(cancel(id), RequestOptions.none(), runtime.json(VideoCancellation.class)),
                PollStrategy.fixed(POLL_INTERVAL));
    }

    static ApiRequest get(String id) {
        return ApiRequest.get("/videos/" + ApiRequest.segment(id)).endpointClass(AgentMediaProfile.READ).build();
    }

    static ApiRequest cancel(String id) {
        return ApiRequest.post("/videos/" + ApiRequest.segment(id) + "/cancel").endpointClass(AgentMediaProfile.READ).build();
    }

    static VideoJob requireId(VideoJob job) {
        if (job.id() == null) {
            throw new IllegalStateException("the job has no id");
        }
        return job;
    }
}
