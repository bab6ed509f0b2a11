package dev.mediagen.apex;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.Instant;
import java.util.Optional;

/** A voice agent, as {@code POST /api/voice-agent/agents} returns it. */
public final class VoiceAgent {
    @JsonAlias("agentId")
    private String id;
    private String name;
    private String systemPrompt;
    private String greeting;
    private String ttsModel;
    private String llmModel;
    private Instant createdAt;

    private VoiceAgent() {
    }

    /** The agent's id, for outbound calls. */
    public String id() {
        return id;
    }

    /** The display name. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The LLM system prompt. */
    public Optional<String> systemPrompt() {
        return Optional.ofNullable(systemPrompt);
    }

    /** The opening greeting. */
    public Optional<String> greeting() {
        return Optional.ofNullable(greeting);
    }

    /** The TTS model, as Apex echoed it. */
    public Optional<String> ttsModel() {
        return Optional.ofNullable(ttsModel);
    }

    /** The conversation LLM. */
    public Optional<String> llmModel() {
        return Optional.ofNullable(llmModel);
    }

    /** When the agent was created. */
    public Optional<Instant> createdAt() {
        return Optional.ofNullable(createdAt);
    }

    @Override
    public String toString() {
        return "VoiceAgent{id=" + id + ", name=" + name + ", ttsModel=" + ttsModel + ", llmModel=" + llmModel + "}";
    }
}
