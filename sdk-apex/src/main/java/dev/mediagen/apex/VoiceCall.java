package dev.mediagen.apex;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A voice-agent call: the answer of an outbound call ({@code {callId, status: "active"}}) or an entry of the call
 * list (whose fields Apex does not document; the common ones are read when present).
 */
public final class VoiceCall {
    @JsonAlias("id")
    private String callId;
    private String status;
    private String agentId;
    private String phoneNumber;
    private String direction;
    private Instant startedAt;
    private Instant endedAt;
    private BigDecimal durationSeconds;
    @JsonAlias({"creditsUsed", "creditsCharged"})
    private Long credits;

    private VoiceCall() {
    }

    /** The call's id. */
    public String callId() {
        return callId;
    }

    /** The status: {@code active} when started; other values as Apex reports them. */
    public String status() {
        return status == null ? "unknown" : status;
    }

    /** The agent on the call. */
    public Optional<String> agentId() {
        return Optional.ofNullable(agentId);
    }

    /** The number called (E.164). */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /** {@code outbound} or {@code inbound}. */
    public Optional<String> direction() {
        return Optional.ofNullable(direction);
    }

    /** When the call started. */
    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /** When the call ended. */
    public Optional<Instant> endedAt() {
        return Optional.ofNullable(endedAt);
    }

    /** The call's length in seconds. */
    public Optional<BigDecimal> durationSeconds() {
        return Optional.ofNullable(durationSeconds);
    }

    /** The credits charged (10 per minute). */
    public OptionalLong credits() {
        return credits == null ? OptionalLong.empty() : OptionalLong.of(credits);
    }

    /** Whether the call is in progress. */
    public boolean isActive() {
        return "active".equalsIgnoreCase(status);
    }

    @Override
    public String toString() {
        return "VoiceCall{callId=" + callId + ", status=" + status() + ", agentId=" + agentId + "}";
    }
}
