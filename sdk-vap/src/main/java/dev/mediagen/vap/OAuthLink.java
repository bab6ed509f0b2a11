package dev.mediagen.vap;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The OAuth 2.1 client linked to the agent ({@code PUT}/{@code GET /v3/agents/me/oauth}). VAP does not publish this
 * response's shape; the known fields have getters and everything else is kept in {@link #otherFields()}.
 */
public final class OAuthLink {
    private String agentId;
    private String oauthClientId;
    private Boolean linked;
    private String status;
    private String message;
    @JsonAnySetter
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private final Map<String, Object> otherFields = new LinkedHashMap<>();

    private OAuthLink() {
    }

    /** The agent's id. */
    public Optional<String> agentId() {
        return Optional.ofNullable(agentId);
    }

    /** The linked OAuth client id ({@code m2m_...}). */
    public Optional<String> oauthClientId() {
        return Optional.ofNullable(oauthClientId);
    }

    /** Whether a client is linked: VAP's {@code linked} flag, else whether a client id is present. */
    public boolean isLinked() {
        return linked != null ? linked : oauthClientId != null && !oauthClientId.isBlank();
    }

    /** VAP's status text, when it sends one. */
    public Optional<String> status() {
        return Optional.ofNullable(status);
    }

    /** VAP's message. */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** Response fields the SDK has no getter for. */
    public Map<String, Object> otherFields() {
        return Collections.unmodifiableMap(otherFields);
    }

    @Override
    public String toString() {
        return "OAuthLink{oauthClientId=" + oauthClientId + ", linked=" + isLinked() + "}";
    }
}
