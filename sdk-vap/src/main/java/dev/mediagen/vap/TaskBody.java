package dev.mediagen.vap;

/** The JSON body of {@code POST /v3/tasks}. */
final class TaskBody {
    private final TaskType type;
    private final String idempotencyKey;
    private final TaskParams params;
    private final String callbackUrl;

    TaskBody(TaskRequest request, String idempotencyKey) {
        this.type = request.type();
        this.idempotencyKey = idempotencyKey;
        this.params = request.params();
        this.callbackUrl = request.callbackUrl().orElse(null);
    }
}
