package dev.mediagen.vap;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A JSON-RPC 2.0 {@code message/send} to VAP's A2A endpoint carrying one {@code skill-request} part. VAP's agent
 * card lists the skills {@code execute-media-task}, {@code execute-video-task}, {@code execute-music-task},
 * {@code check-agent-balance} and {@code query-task-status}.
 */
public final class A2aRequest {
    /** Creates any kind of media task from {@code task_type} and {@code prompt}. */
    public static final String EXECUTE_MEDIA_TASK = "execute-media-task";
    /** Creates a video task. */
    public static final String EXECUTE_VIDEO_TASK = "execute-video-task";
    /** Creates a music task. */
    public static final String EXECUTE_MUSIC_TASK = "execute-music-task";
    /** Reports the agent's balance. */
    public static final String CHECK_AGENT_BALANCE = "check-agent-balance";
    /** Reports a task's status from {@code task_id}. */
    public static final String QUERY_TASK_STATUS = "query-task-status";

    private final String id;
    private final String skillId;
    private final Map<String, Object> input;

    private A2aRequest(Builder b) {
        this.id = b.id != null ? Check.text(b.id, "id") : UUID.randomUUID().toString();
        this.skillId = Check.text(b.skillId, "skillId");
        this.input = Collections.unmodifiableMap(new LinkedHashMap<>(b.input));
    }

    /** A builder for a request to {@code skillId}. */
    public static Builder skill(String skillId) {
        return new Builder(skillId);
    }

    /** {@code execute-media-task} of {@code taskType} (e.g. image_generation) with {@code prompt}. */
    public static A2aRequest mediaTask(TaskType taskType, String prompt) {
        Objects.requireNonNull(taskType, "taskType");
        return skill(EXECUTE_MEDIA_TASK).input("task_type", taskType.asString())
                .input("prompt", Check.text(prompt, "prompt")).build();
    }

    /** {@code query-task-status} of a task. */
    public static A2aRequest taskStatus(String taskId) {
        return skill(QUERY_TASK_STATUS).input("task_id", Check.id(taskId, "task_id")).build();
    }

    /** {@code check-agent-balance}. */
    public static A2aRequest balance() {
        return skill(CHECK_AGENT_BALANCE).build();
    }

    /** The JSON-RPC request id. */
    public String id() {
        return id;
    }

    /** The skill invoked. */
    public String skillId() {
        return skillId;
    }

    /** The skill's input. */
    public Map<String, Object> input() {
        return input;
    }

    /** The JSON-RPC envelope as sent. */
    Map<String, Object> toJsonRpc() {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("kind", "skill-request");
        part.put("skillId", skillId);
        part.put("input", input);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("role", "user");
        message.put("parts", List.of(part));
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("jsonrpc", "2.0");
        envelope.put("id", id);
        envelope.put("method", "message/send");
        envelope.put("params", Map.of("message", message));
        return envelope;
    }

    /** Whether the skill creates paid work. */
    boolean createsWork() {
        return skillId.startsWith("execute-");
    }

    @Override
    public String toString() {
        return "A2aRequest{id=" + id + ", skillId=" + skillId + ", input=" + input.keySet() + "}";
    }

    /** Builds an {@link A2aRequest}. */
    public static final class Builder {
        private final String skillId;
        private final Map<String, Object> input = new LinkedHashMap<>();
        private String id;

        private Builder(String skillId) {
            this.skillId = skillId;
        }

        /** The JSON-RPC id (default: a random UUID). */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Adds an input field (strings, numbers, booleans, lists and maps of them). */
        public Builder input(String name, Object value) {
            input.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws dev.mediagen.core.ValidationException when the skill id is blank
         */
        public A2aRequest build() {
            return new A2aRequest(this);
        }
    }
}
