package dev.mediagen.vap;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code result} of a successful A2A call. VAP does not publish its shape, so it is kept as plain JSON values
 * (maps, lists, strings, numbers, booleans) with helpers for the fields A2A tasks usually carry.
 */
public final class A2aResponse {
    private final String id;
    private final Map<String, Object> result;

    A2aResponse(String id, Map<String, Object> result) {
        this.id = id;
        this.result = Collections.unmodifiableMap(result);
    }

    /** The JSON-RPC id echoed by VAP. */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /** The result object as VAP sent it. */
    public Map<String, Object> result() {
        return result;
    }

    /** The result's {@code kind} (e.g. {@code task} or {@code message}). */
    public Optional<String> kind() {
        return string(result.get("kind"));
    }

    /** The A2A task state ({@code result.status.state}, e.g. {@code submitted}, {@code completed}). */
    public Optional<String> state() {
        Object status = result.get("status");
        return status instanceof Map ? string(((Map<?, ?>) status).get("state")) : string(status);
    }

    /** The VAP task id: the first {@code task_id} anywhere in the result, else the A2A task's own {@code id}. */
    public Optional<String> taskId() {
        Optional<String> nested = find(result, "task_id");
        if (nested.isPresent()) {
            return nested;
        }
        return kind().filter("task"::equals).flatMap(k -> string(result.get("id")));
    }

    /** The first value named {@code field} anywhere in the result, as text. */
    public Optional<String> find(String field) {
        return find(result, field);
    }

    private static Optional<String> find(Object node, String field) {
        if (node instanceof Map) {
            Map<?, ?> map = (Map<?, ?>) node;
            Optional<String> direct = string(map.get(field));
            if (direct.isPresent()) {
                return direct;
            }
            for (Object value : map.values()) {
                Optional<String> found = find(value, field);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node instanceof List) {
            for (Object value : (List<?>) node) {
                Optional<String> found = find(value, field);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> string(Object value) {
        return value instanceof String || value instanceof Number ? Optional.of(String.valueOf(value)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "A2aResponse{id=" + id + ", kind=" + kind().orElse(null) + ", state=" + state().orElse(null) + "}";
    }
}
