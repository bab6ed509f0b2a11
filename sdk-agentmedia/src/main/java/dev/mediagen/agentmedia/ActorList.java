package dev.mediagen.agentmedia;

import java.util.List;

/** The answer to an actor listing: the matching actors and the total count. */
public final class ActorList {
    private List<Actor> actors;
    private Long total;

    private ActorList() {
    }

    /** The actors, unmodifiable. */
    public List<Actor> actors() {
        return actors == null ? List.of() : List.copyOf(actors);
    }

    /** The number of matching actors (the count returned when the API gives none). */
    public long total() {
        return total != null ? total : actors().size();
    }

    @Override
    public String toString() {
        return "ActorList{actors=" + actors().size() + ", total=" + total() + "}";
    }
}
