package dev.mediagen.agentmedia;

/** The body of {@code GET /actors/:slug}: {@code {actor}}. */
final class ActorResponse {
    private Actor actor;

    private ActorResponse() {
    }

    Actor actor() {
        return actor;
    }
}
