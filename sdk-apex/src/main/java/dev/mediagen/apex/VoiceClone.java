package dev.mediagen.apex;

import java.util.Optional;

/** A cloned voice: the answer of {@code POST /api/generate/voice-clone} ({@code {voiceId, message}}). */
public final class VoiceClone {
    private String voiceId;
    private String message;

    private VoiceClone() {
    }

    /** The new voice's id, for {@code voiceId} in voice, video, avatar and commercial requests. */
    public String voiceId() {
        return voiceId;
    }

    /** Apex's message, e.g. "Voice cloned successfully". */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    @Override
    public String toString() {
        return "VoiceClone{voiceId=" + voiceId + "}";
    }
}
