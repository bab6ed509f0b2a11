package dev.mediagen.agentmedia;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The answer to a create: the new job's id, the credits already deducted, the duration the video will have, the
 * pacing figures, the generated script (for a prompt) and the pacing warning (when the duration was moved up).
 */
public final class VideoCreated {
    private String jobId;
    private VideoStatus status;
    private Integer estimatedDuration;
    private Long creditsDeducted;
    private String selectedVoice;
    private Boolean voiceAutoDetected;
    private Integer wordCount;
    private BigDecimal wordsPerSecond;
    private Integer maxWords;
    private String generatedScript;
    private String pacingWarning;

    private VideoCreated() {
    }

    /** The job's id. */
    public String jobId() {
        return jobId;
    }

    /** The job's status (normally {@code submitted}). */
    public VideoStatus status() {
        return status == null ? VideoStatus.SUBMITTED : status;
    }

    /** The duration bucket the video is rendered and billed at, in seconds. */
    public OptionalInt estimatedDuration() {
        return estimatedDuration == null ? OptionalInt.empty() : OptionalInt.of(estimatedDuration);
    }

    /** The credits deducted for this job (refunded if it fails or is cancelled). */
    public long creditsDeducted() {
        return creditsDeducted == null ? 0 : creditsDeducted;
    }

    /** The voice the API chose. */
    public Optional<String> selectedVoice() {
        return Optional.ofNullable(selectedVoice);
    }

    /** Whether the voice was detected from the actor's face. */
    public boolean voiceAutoDetected() {
        return Boolean.TRUE.equals(voiceAutoDetected);
    }

    /** The script's word count. */
    public OptionalInt wordCount() {
        return wordCount == null ? OptionalInt.empty() : OptionalInt.of(wordCount);
    }

    /** The script's pace at the chosen duration. */
    public Optional<BigDecimal> wordsPerSecond() {
        return Optional.ofNullable(wordsPerSecond);
    }

    /** The most words the chosen duration holds. */
    public OptionalInt maxWords() {
        return maxWords == null ? OptionalInt.empty() : OptionalInt.of(maxWords);
    }

    /** The script GPT-4o wrote, when the video was created from a prompt. */
    public Optional<String> generatedScript() {
        return Optional.ofNullable(generatedScript);
    }

    /** Why the duration was moved up (or the speech may sound rushed), when it was. */
    public Optional<String> pacingWarning() {
        return Optional.ofNullable(pacingWarning);
    }

    @Override
    public String toString() {
        return "VideoCreated{jobId=" + jobId + ", status=" + status() + ", estimatedDuration=" + estimatedDuration
                + ", creditsDeducted=" + creditsDeducted + (pacingWarning == null ? "" : ", pacingWarning=" + pacingWarning) + "}";
    }
}
