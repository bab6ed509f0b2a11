package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/**
 * The status of a video job. Terminal: {@code completed}, {@code failed}, {@code canceled}; every other value
 * (including ones the SDK does not know yet) means the job is still in progress.
 */
public final class VideoStatus extends ExtensibleEnum {
    /** Created, not yet dispatched. */
    public static final VideoStatus PENDING = new VideoStatus("pending", true);
    /** Accepted and dispatched (the status a create returns). */
    public static final VideoStatus SUBMITTED = new VideoStatus("submitted", true);
    /** Waiting for a worker. */
    public static final VideoStatus QUEUED = new VideoStatus("queued", true);
    /** Being rendered. */
    public static final VideoStatus PROCESSING = new VideoStatus("processing", true);
    /** Being rendered (api-v2's spelling). */
    public static final VideoStatus RUNNING = new VideoStatus("running", true);
    /** Finished; the output URL is set. */
    public static final VideoStatus COMPLETED = new VideoStatus("completed", true);
    /** Finished without a video; credits are refunded. */
    public static final VideoStatus FAILED = new VideoStatus("failed", true);
    /** Cancelled by the user; credits are refunded. */
    public static final VideoStatus CANCELED = new VideoStatus("canceled", true);

    private static final Map<String, VideoStatus> KNOWN =
            index(PENDING, SUBMITTED, QUEUED, PROCESSING, RUNNING, COMPLETED, FAILED, CANCELED);

    private VideoStatus(String value, boolean known) {
        super(value, known);
    }

    /** The status named {@code value}; unknown values are kept as they are. */
    @JsonCreator
    public static VideoStatus of(String value) {
        return lookup(KNOWN, value, v -> new VideoStatus(v, false));
    }

    /** Whether the job will not change any more. */
    public boolean isTerminal() {
        return equals(COMPLETED) || equals(FAILED) || isCanceled();
    }

    /** Whether the job was cancelled (either spelling). */
    public boolean isCanceled() {
        return equals(CANCELED) || asString().equals("cancelled");
    }
}
