package dev.mediagen.videogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mediagen.core.Futures;
import dev.mediagen.core.JobFailedException;
import dev.mediagen.core.ValidationException;
import dev.mediagen.core.download.DownloadListener;
import dev.mediagen.core.wait.JobFuture;
import dev.mediagen.core.wait.JobUpdate;
import dev.mediagen.core.wait.WaitOptions;
import dev.mediagen.testkit.MediaFiles;
import dev.mediagen.videogen.model.CreateWebhookEndpointRequest;
import dev.mediagen.videogen.model.ExportQuality;
import dev.mediagen.videogen.model.JobStatus;
import dev.mediagen.videogen.model.ProjectExport;
import dev.mediagen.videogen.model.ProjectStatus;
import dev.mediagen.videogen.model.ScriptToVideoRequest;
import dev.mediagen.videogen.model.VisualStyle;
import dev.mediagen.videogen.model.VoiceoverToVideoRequest;
import dev.mediagen.videogen.model.WebhookEventType;
import dev.mediagen.videogen.model.WorkflowRun;
import dev.mediagen.videogen.model.WorkflowRunStarted;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workflows against the simulator: a script becomes a downloadable video; cancel, failure, webhooks. */
class VideoGenWorkflowScenarioTest {
    @TempDir
    Path dir;

    @StartStop
    final MockWebServer receiver = new MockWebServer();

    @Test
    void aScriptBecomesADownloadableVideo() throws Exception {
        try (SimulatedVideoGen sim = SimulatedVideoGen.automatic()) {
            List<JobUpdate> updates = new CopyOnWriteArrayList<>();
            ScriptToVideoRequest request = ScriptToVideoRequest.builder("Drink water. Feel better.", VisualStyle.stock()).build();

            ProjectExport export = sim.client.workflows().renderAndWait(request, ExportQuality.FULL_HIGH,
                    WaitOptions.builder().listener(updates::add).build()).get(10, TimeUnit.SECONDS);
            Path video = dir.resolve("video.mp4");
            sim.client.projects().download(export, video, DownloadListener.NONE);

            assertThat(export.status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(MediaFiles.sniff(Files.readAllBytes(video))).isEqualTo("video/mp4");
            assertThat(sim.client.projects().get(export.projectId()).status()).contains(ProjectStatus.READY);
            assertThat(updates).extracting(JobUpdate::status).contains("running", "succeeded");
        }
    }

    @Test
    void cancellingTheRunAndWaitFutureCancelsTheRun() throws Exception {
        try (SimulatedVideoGen sim = SimulatedVideoGen.manual()) {
            WorkflowRunStarted started = sim.client.workflows().scriptToVideo(
                    ScriptToVideoRequest.builder("A long one.", VisualStyle.aiImage("watercolor")).build());
            JobFuture<WorkflowRun> wait = sim.client.workflows().waitForRunAsync(started.workflowRunId(), WaitOptions.defaults());

            wait.cancel(true);

            WorkflowRun run = null;
            for (int check = 0; check < 200 && (run == null || !run.isTerminal()); check++) {
                run = sim.client.workflows().getRun(started.workflowRunId());
            }
            assertThat(run.status()).isEqualTo(JobStatus.CANCELLED);
        }
    }

    @Test
    void failedRunsFailTheWaitWithTheirError() {
        try (SimulatedVideoGen sim = SimulatedVideoGen.automatic()) {
            sim.simulator.failAllJobs(true);

            JobFailedException e = catchThrowableOfType(() -> Futures.join(sim.client.workflows().runAndWait(
                    ScriptToVideoRequest.builder("x", VisualStyle.stock()).build())), JobFailedException.class);

            assertThat(e.job(WorkflowRun.class).status()).isEqualTo(JobStatus.FAILED);
            assertThat(e.errorCode()).contains("workflow_failed");
        }
    }

    @Test
    void theSimulatorValidatesWorkflowsAsTheSpecDoes() {
        try (SimulatedVideoGen sim = SimulatedVideoGen.automatic()) {
            assertThatThrownBy(() -> sim.client.workflows().voiceoverToVideo(
                    VoiceoverToVideoRequest.builder("vg_file_missing", VisualStyle.stock()).build()))
                    .isInstanceOf(dev.mediagen.core.NotFoundException.class);
            WorkflowRunStarted started = sim.client.workflows().scriptToVideo(
                    ScriptToVideoRequest.builder("x", VisualStyle.stock()).build());
            assertThatThrownBy(() -> sim.client.projects().export(started.projectId(), null))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("still generating");
        }
    }

    @Test
    void aWorkflowWebhookCompletesTheWaitWithoutPolling() throws Exception {
        try (SimulatedVideoGen sim = SimulatedVideoGen.manual()) {
            String secret = sim.client.webhooks().createEndpoint(CreateWebhookEndpointRequest.builder(
                    receiver.url("/hooks").toString(), List.of(WebhookEventType.WORKFLOW_RUN_SUCCEEDED)).build())
                    .signingSecret().orElseThrow();
            String voiceover = sim.simulator.seedFile("voiceover.wav", "AUDIO", MediaFiles.wav(1, 220));
            WorkflowRunStarted started = sim.client.workflows().voiceoverToVideo(
                    VoiceoverToVideoRequest.builder(voiceover, VisualStyle.aiImage("bold flat illustration")).build());
            JobFuture<WorkflowRun> wait = sim.client.workflows().waitForRunAsync(started.workflowRunId(), WaitOptions.defaults());

            sim.simulator.advance(Duration.ofMinutes(2));
            RecordedRequest delivery = receiver.takeRequest(10, TimeUnit.SECONDS);
            VideoGenEvent event = sim.client.webhooks().receiver(secret).handle(
                    dev.mediagen.core.Headers.of(delivery.getHeaders().toMultimap()), delivery.getBody().toByteArray());

            assertThat(event).isInstanceOf(WorkflowRunEvent.class);
            assertThat(wait).isCompleted();
            assertThat(wait.join().projectId()).isEqualTo(started.projectId());
            assertThat(sim.simulator.requestCount("GET", "/v1/workflows/runs")).isZero();
        }
    }
}
