package dev.mediagen.apex;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/generate/voice-clone} (80 credits, Creator plan or higher): a custom voice from a 15 to 30 second
 * audio sample. The sample's length is checked by Apex, not here.
 */
public final class VoiceCloneRequest {
    private final String name;
    private final String sampleAudioUrl;

    private VoiceCloneRequest(String name, String sampleAudioUrl) {
        this.name = name;
        this.sampleAudioUrl = sampleAudioUrl;
    }

    /**
     * A voice called {@code name} (1 to 100 characters) cloned from the sample at {@code sampleAudioUrl} (HTTPS).
     *
     * @throws dev.mediagen.core.ValidationException when a documented constraint is broken
     */
    public static VoiceCloneRequest of(String name, String sampleAudioUrl) {
        Checks.text("name", name, 1, 100);
        Checks.httpsUrl("sampleAudioUrl", sampleAudioUrl);
        return new VoiceCloneRequest(name, sampleAudioUrl);
    }

    /** The voice's name. */
    public String name() {
        return name;
    }

    /** The HTTPS URL of the audio sample. */
    public String sampleAudioUrl() {
        return sampleAudioUrl;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("sampleAudioUrl", sampleAudioUrl);
        return body;
    }

    @Override
    public String toString() {
        return "VoiceCloneRequest{name=" + name + "}";
    }
}
