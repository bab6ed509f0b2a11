package dev.mediagen.rynjer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A generation, keyed by the caller's {@code request_id}: its task ids, status and, once it succeeded, its outputs.
 * Returned by {@code generate} (status {@code pending}) and by {@code get}/waiting (the current state).
 */
public final class Generation {
    private String requestId;
    private String taskId;
    private String providerTaskId;
    private GenerationStatus status;
    private List<GenerationOutput> outputs;
    private String usageEventId;
    private Object error;
    private String errorMessage;

    private Generation() {
    }

    /** This generation with {@code requestId} filled in when the response did not echo it. */
    Generation withRequestId(String id) {
        if (requestId != null && !requestId.isBlank()) {
            return this;
        }
        Generation copy = new Generation();
        copy.requestId = id;
        copy.taskId = taskId;
        copy.providerTaskId = providerTaskId;
        copy.status = status;
        copy.outputs = outputs;
        copy.usageEventId = usageEventId;
        copy.error = error;
        copy.errorMessage = errorMessage;
        return copy;
    }

    /** The caller's {@code request_id}: the idempotency key and the id to look the generation up by. */
    public String requestId() {
        return requestId;
    }

    /** Rynjer's task id. */
    public Optional<String> taskId() {
        return Optional.ofNullable(taskId);
    }

    /** The upstream provider's task id. */
    public Optional<String> providerTaskId() {
        return Optional.ofNullable(providerTaskId);
    }

    /** The status; a response without one reads as the unknown status {@code unknown}. */
    public GenerationStatus status() {
        return status != null ? status : GenerationStatus.of("unknown");
    }

    /** The output files (present once the generation succeeded; empty before). */
    public List<GenerationOutput> outputs() {
        if (outputs == null) {
            return List.of();
        }
        return outputs.stream().filter(o -> o != null && o.url() != null).collect(Collectors.toUnmodifiableList());
    }

    /** The URLs of the output files, in order. */
    public List<String> outputUrls() {
        return outputs().stream().map(GenerationOutput::url).collect(Collectors.toUnmodifiableList());
    }

    /** The id of the usage (billing) event this generation was charged under. */
    public Optional<String> usageEventId() {
        return Optional.ofNullable(usageEventId);
    }

    /** The vendor's error code of a failed generation. */
    public Optional<String> errorCode() {
        if (error instanceof String) {
            return Optional.of((String) error).filter(s -> !s.isBlank());
        }
        if (error instanceof Map) {
            Object code = ((Map<?, ?>) error).get("code");
            return code == null ? Optional.empty() : Optional.of(String.valueOf(code));
        }
        return Optional.empty();
    }

    /** Why a failed generation failed, as the vendor said. */
    public Optional<String> failureMessage() {
        if (errorMessage != null && !errorMessage.isBlank()) {
            return Optional.of(errorMessage);
        }
        if (error instanceof Map) {
            Object message = ((Map<?, ?>) error).get("message");
            if (message != null) {
                return Optional.of(String.valueOf(message));
            }
        }
        return errorCode();
    }

    /** Whether the generation finished with outputs. */
    public boolean isSuccess() {
        return status().isSuccess();
    }

    /** Whether the generation finished without outputs. */
    public boolean isFailure() {
        return status().isFailure();
    }

    @Override
    public String toString() {
        return "Generation{requestId=" + requestId + ", taskId=" + taskId + ", status=" + status()
                + ", outputs=" + outputs().size() + (isFailure() ? ", error=" + failureMessage().orElse(null) : "") + "}";
    }
}
