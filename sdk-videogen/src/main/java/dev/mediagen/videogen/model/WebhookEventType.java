package dev.mediagen.videogen.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The name of a webhook event. Unknown values are kept, never rejected. */
public final class WebhookEventType extends ExtensibleEnum {
    /** {@code tool_execution.succeeded}. */
    public static final WebhookEventType TOOL_EXECUTION_SUCCEEDED = new WebhookEventType("tool_execution.succeeded", true);
    /** {@code tool_execution.failed}. */
    public static final WebhookEventType TOOL_EXECUTION_FAILED = new WebhookEventType("tool_execution.failed", true);
    /** {@code tool_execution.cancelled}. */
    public static final WebhookEventType TOOL_EXECUTION_CANCELLED = new WebhookEventType("tool_execution.cancelled", true);
    /** {@code workflow_run.succeeded}. */
    public static final WebhookEventType WORKFLOW_RUN_SUCCEEDED = new WebhookEventType("workflow_run.succeeded", true);
    /** {@code workflow_run.failed}. */
    public static final WebhookEventType WORKFLOW_RUN_FAILED = new WebhookEventType("workflow_run.failed", true);
    /** {@code workflow_run.cancelled}. */
    public static final WebhookEventType WORKFLOW_RUN_CANCELLED = new WebhookEventType("workflow_run.cancelled", true);
    /** {@code file.upload.completed}. */
    public static final WebhookEventType FILE_UPLOAD_COMPLETED = new WebhookEventType("file.upload.completed", true);
    /** {@code file.upload.failed}. */
    public static final WebhookEventType FILE_UPLOAD_FAILED = new WebhookEventType("file.upload.failed", true);
    /** {@code file.playback_ready}. */
    public static final WebhookEventType FILE_PLAYBACK_READY = new WebhookEventType("file.playback_ready", true);
    /** {@code file.download_ready}. */
    public static final WebhookEventType FILE_DOWNLOAD_READY = new WebhookEventType("file.download_ready", true);
    /** {@code file.analysis_completed}. */
    public static final WebhookEventType FILE_ANALYSIS_COMPLETED = new WebhookEventType("file.analysis_completed", true);
    /** {@code file.analysis_failed}. */
    public static final WebhookEventType FILE_ANALYSIS_FAILED = new WebhookEventType("file.analysis_failed", true);

    private static final Map<String, WebhookEventType> KNOWN = index(TOOL_EXECUTION_SUCCEEDED, TOOL_EXECUTION_FAILED, TOOL_EXECUTION_CANCELLED, WORKFLOW_RUN_SUCCEEDED, WORKFLOW_RUN_FAILED, WORKFLOW_RUN_CANCELLED, FILE_UPLOAD_COMPLETED, FILE_UPLOAD_FAILED, FILE_PLAYBACK_READY, FILE_DOWNLOAD_READY, FILE_ANALYSIS_COMPLETED, FILE_ANALYSIS_FAILED);

    private WebhookEventType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or an unknown value that keeps the string. */
    @JsonCreator
    public static WebhookEventType of(String value) {
        return lookup(KNOWN, value, v -> new WebhookEventType(v, false));
    }

    /** The object family the event is about: {@code tool_execution}, {@code workflow_run} or {@code file}. */
    public String family() {
        String name = asString();
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
