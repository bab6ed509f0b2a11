package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * A newly registered agent. {@link #apiKey()} is shown by VAP only this once: store it securely. It never appears in
 * {@link #toString()} and is never written when the object is serialized.
 */
public final class AgentRegistration {
    private String agentId;
    private String name;
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    private String apiKey;
    private String message;

    private AgentRegistration() {
    }

    /** The agent's id (a UUID). */
    public String agentId() {
        return agentId;
    }

    /** The agent's name. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The agent's API key (prefix {@code vap_}); VAP never shows it again. */
    public String apiKey() {
        return apiKey;
    }

    /** VAP's message. */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    boolean isValid() {
        return agentId != null && apiKey != null && !apiKey.isBlank();
    }

    @Override
    public String toString() {
        return "AgentRegistration{agentId=" + agentId + ", name=" + name + ", apiKey=[redacted]}";
    }
}
