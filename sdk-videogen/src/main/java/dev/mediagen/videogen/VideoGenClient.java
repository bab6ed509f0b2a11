package dev.mediagen.videogen;

import dev.mediagen.core.ClientBuilder;
import dev.mediagen.core.VendorClient;
import dev.mediagen.core.internal.ApiRuntime;

/**
 * The VideoGen API client ({@code https://api.videogen.io}): tools and their executions, files, resources,
 * webhooks, workflows and projects. One client holds one connection pool and one scheduler for every pending
 * wait; share it and close it when done.
 *
 * <pre>{@code
 * try (VideoGenClient client = VideoGenClient.fromEnv()) {
 *     ToolExecution done = client.tools().runAndWait(GenerateImageRequest.builder("a red fox").build()).join();
 * }
 * }</pre>
 */
public final class VideoGenClient extends VendorClient {
    /** The public API's base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.videogen.io";

    private final VideoGenFileService files;
    private final VideoGenToolService tools;
    private final VideoGenWebhookService webhooks;
    private final VideoGenResourceService resources;
    private final VideoGenAccountService account;
    private final VideoGenProjectService projects;
    private final VideoGenWorkflowService workflows;

    private VideoGenClient(ApiRuntime runtime) {
        super(runtime);
        this.files = new VideoGenFileService(runtime);
        this.tools = new VideoGenToolService(runtime, files);
        this.webhooks = new VideoGenWebhookService(runtime, this::route);
        this.resources = new VideoGenResourceService(runtime);
        this.account = new VideoGenAccountService(runtime);
        this.projects = new VideoGenProjectService(runtime);
        this.workflows = new VideoGenWorkflowService(runtime, projects);
    }

    /** A builder for a client; set at least the API key. */
    public static Builder builder() {
        return new Builder();
    }

    /** A client configured from {@code VIDEOGEN_API_KEY} and, if set, {@code VIDEOGEN_BASE_URL}. */
    public static VideoGenClient fromEnv() {
        return builder().fromEnv().build();
    }

    /** The tools ({@code /v1/tools/...}) and their executions. */
    public VideoGenToolService tools() {
        return tools;
    }

    /** File storage: upload, hydrate, download. */
    public VideoGenFileService files() {
        return files;
    }

    /** Avatar presenters, TTS voices and languages. */
    public VideoGenResourceService resources() {
        return resources;
    }

    /** The account behind the API key. */
    public VideoGenAccountService account() {
        return account;
    }

    /** Webhook endpoints, and receivers whose verified deliveries complete this client's waits. */
    public VideoGenWebhookService webhooks() {
        return webhooks;
    }

    /** Workflows (script, voiceover, slideshow or storyboard to video) and their runs. */
    public VideoGenWorkflowService workflows() {
        return workflows;
    }

    /** Projects and their exports to downloadable videos. */
    public VideoGenProjectService projects() {
        return projects;
    }

    /** Hands a verified, first-seen delivery to whatever waits for it. */
    private void route(VideoGenEvent event) {
        if (event instanceof ToolExecutionEvent) {
            ToolExecutionEvent toolEvent = (ToolExecutionEvent) event;
            toolEvent.results().forEach(result -> result.file().ifPresent(files::remember));
            tools.deliver(toolEvent.execution());
        } else if (event instanceof FileEvent) {
            ((FileEvent) event).file().ifPresent(files::deliver);
        } else if (event instanceof WorkflowRunEvent) {
            workflows.deliver(((WorkflowRunEvent) event).run());
        }
    }

    /** Builds a {@link VideoGenClient}. */
    public static final class Builder extends ClientBuilder<Builder> {
        private Builder() {
            super(DEFAULT_BASE_URL, "VIDEOGEN");
        }

        /** Builds the client. */
        public VideoGenClient build() {
            return new VideoGenClient(ApiRuntime.create(VideoGenProfile.PROFILE, options()));
        }
    }
}
