package dev.mediagen.agentmedia;

import dev.mediagen.core.ErrorDetails;
import dev.mediagen.core.NotFoundException;
import java.util.List;

/** No actor has the requested slug; {@link #suggestions()} lists similar slugs the API proposed. */
public class ActorNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    private final List<String> suggestions;

    /** Creates the exception from the API's 404 and the slugs it suggested. */
    public ActorNotFoundException(String message, ErrorDetails details, Throwable cause, List<String> suggestions) {
        super(message, details, cause);
        this.suggestions = List.copyOf(suggestions);
    }

    /** Similar existing slugs ("Did you mean: ..."), best first; empty when the API suggested none. */
    public List<String> suggestions() {
        return suggestions;
    }
}
