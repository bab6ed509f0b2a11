package dev.mediagen.vap;

import java.util.Optional;

/**
 * A VAP generation task, as {@code POST /v3/tasks} accepted it or {@code GET /v3/tasks/{id}} reports it. Money is in
 * USD; creating a task reserves {@link #estimatedCost()}, completion charges {@link #actualCost()}, failure refunds.
 */
public final class Task extends VapJob {
    private String taskId;
    private TaskType type;
    private String priority;

    private Task() {
    }

    /** The task's id (a UUID). */
    @Override
    public String id() {
        return taskId;
    }

    /** The task type. */
    public Optional<TaskType> type() {
        return Optional.ofNullable(type);
    }

    /** The scheduling priority (e.g. {@code normal}). */
    public Optional<String> priority() {
        return Optional.ofNullable(priority);
    }

    @Override
    public String toString() {
        return "Task{" + describe() + ", type=" + type + "}";
    }
}
