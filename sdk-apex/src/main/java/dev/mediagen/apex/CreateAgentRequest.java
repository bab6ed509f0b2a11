package dev.mediagen.apex;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /api/voice-agent/agents}: a voice agent's name, system prompt, greeting and models (all required). */
public final class CreateAgentRequest {
    private final String name;
    private final String systemPrompt;
    private final String greeting;
    private final TtsModel ttsModel;
    private final String llmModel;

    private CreateAgentRequest(Builder b) {
        this.name = b.name;
        this.systemPrompt = b.systemPrompt;
        this.greeting = b.greeting;
        this.ttsModel = b.ttsModel;
        this.llmModel = b.llmModel;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The display name. */
    public String name() {
        return name;
    }

    /** The LLM system prompt. */
    public String systemPrompt() {
        return systemPrompt;
    }

    /** The opening greeting. */
    public String greeting() {
        return greeting;
    }

    /** The TTS model. */
    public TtsModel ttsModel() {
        return ttsModel;
    }

    /** The conversation LLM. */
    public String llmModel() {
        return llmModel;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("systemPrompt", systemPrompt);
        body.put("greeting", greeting);
        body.put("ttsModel", ttsModel.value());
        body.put("llmModel", llmModel);
        return body;
    }

    @Override
    public String toString() {
        return "CreateAgentRequest{name=" + name + ", ttsModel=" + ttsModel + ", llmModel=" + llmModel + "}";
    }

    /** Builds a {@link CreateAgentRequest}. */
    public static final class Builder {
        private String name;
        private String systemPrompt;
        private String greeting;
        private TtsModel ttsModel;
        private String llmModel;

        private Builder() {
        }

        /** The display name (required). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The LLM system prompt (required). */
        public Builder systemPrompt(String systemPrompt) {
            this.systemPrompt = systemPrompt;
            return this;
        }

        /** The opening greeting (required). */
        public Builder greeting(String greeting) {
            this.greeting = greeting;
            return this;
        }

        /** The TTS model (required). */
        public Builder ttsModel(TtsModel ttsModel) {
            this.ttsModel = ttsModel;
            return this;
        }

        /** The conversation LLM (required). */
        public Builder llmModel(String llmModel) {
            this.llmModel = llmModel;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws dev.mediagen.core.ValidationException when a field is missing or blank
         */
        public CreateAgentRequest build() {
            Checks.required("name", name);
            Checks.required("systemPrompt", systemPrompt);
            Checks.required("greeting", greeting);
            Checks.present("ttsModel", ttsModel);
            Checks.required("llmModel", llmModel);
            return new CreateAgentRequest(this);
        }
    }
}
