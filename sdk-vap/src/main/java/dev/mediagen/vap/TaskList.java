package dev.mediagen.vap;

import java.util.List;

/** The body of {@code GET /v3/tasks}. */
final class TaskList {
    private List<Task> tasks;
    private Long total;
    private Integer limit;
    private Long offset;

    List<Task> tasks() {
        return tasks == null ? List.of() : tasks;
    }

    Long total() {
        return total;
    }

    boolean isValid() {
        return tasks == null || tasks.stream().allMatch(t -> t != null && t.isValid());
    }
}
