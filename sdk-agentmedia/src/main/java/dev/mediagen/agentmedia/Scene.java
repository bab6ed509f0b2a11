package dev.mediagen.agentmedia;

import dev.mediagen.core.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** One manual scene of a video ({@code scenes[]}): narration text, and optionally its kind and visuals. */
public final class Scene {
    private final SceneType type;
    private final String text;
    private final String visualPrompt;
    private final String image;

    private Scene(Builder b) {
        this.type = b.type;
        this.text = b.text;
        this.visualPrompt = b.visualPrompt;
        this.image = b.image;
    }

    /** A builder for a scene narrating {@code text} (required, not blank). */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** A scene of the given kind narrating {@code text}. */
    public static Scene of(SceneType type, String text) {
        return builder(text).type(type).build();
    }

    /** The scene's kind. */
    public Optional<SceneType> type() {
        return Optional.ofNullable(type);
    }

    /** The narration text. */
    public String text() {
        return text;
    }

    /** The prompt for AI-generated visuals. */
    public Optional<String> visualPrompt() {
        return Optional.ofNullable(visualPrompt);
    }

    /** The image URL shown in the scene. */
    public Optional<String> image() {
        return Optional.ofNullable(image);
    }

    Map<String, Object> toBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (type != null) {
            body.put("type", type);
        }
        body.put("text", text);
        if (visualPrompt != null) {
            body.put("visual_prompt", visualPrompt);
        }
        if (image != null) {
            body.put("image", image);
        }
        return body;
    }

    @Override
    public String toString() {
        return "Scene" + toBody();
    }

    /** Builds a {@link Scene}. */
    public static final class Builder {
        private final String text;
        private SceneType type;
        private String visualPrompt;
        private String image;

        private Builder(String text) {
            this.text = text;
        }

        /** The scene's kind. */
        public Builder type(SceneType type) {
            this.type = type;
            return this;
        }

        /** The prompt for AI-generated visuals. */
        public Builder visualPrompt(String visualPrompt) {
            this.visualPrompt = visualPrompt;
            return this;
        }

        /** An image URL for the scene (http or https). */
        public Builder image(String image) {
            this.image = image;
            return this;
        }

        /** Builds the scene; the text must not be blank and the image must be an http(s) URL. */
        public Scene build() {
            if (text == null || text.isBlank()) {
                throw new ValidationException("scenes[].text is required and must not be blank");
            }
            Checks.httpUrl(image, "scenes[].image");
            Objects.requireNonNull(text);
            return new Scene(this);
        }
    }
}
