package dev.mediagen.agentmedia;

import dev.mediagen.core.ValidationException;

/**
 * What a video costs, computed offline with agent-media's pricing: 30 credits per second of the duration bucket
 * (5 s = 150, 10 s = 300, 15 s = 450), plus 5 credits when the script is generated from a prompt.
 */
public final class CreditEstimate {
    /** Credits per second of video. */
    public static final long CREDITS_PER_SECOND = 30;
    /** The surcharge for generating the script from a prompt. */
    public static final long SCRIPT_GENERATION_CREDITS = 5;
    /** The duration a generated script is written for when no target duration is given. */
    static final int DEFAULT_GENERATED_DURATION = 10;

    private final int durationSeconds;
    private final long scriptGenerationCredits;
    private final boolean exact;

    private CreditEstimate(int durationSeconds, long scriptGenerationCredits, boolean exact) {
        this.durationSeconds = durationSeconds;
        this.scriptGenerationCredits = scriptGenerationCredits;
        this.exact = exact;
    }

    /**
     * The cost of a video of {@code seconds}, rounded up to its bucket; {@code scriptGeneration} adds the prompt
     * surcharge. Durations above 15 s are a {@link ValidationException}.
     */
    public static CreditEstimate forDuration(double seconds, boolean scriptGeneration) {
        if (!(seconds > 0) || seconds > 15) {
            throw new ValidationException("a video lasts more than 0 and at most 15 seconds (got " + seconds + ")");
        }
        return new CreditEstimate(Pacing.bucketFor(seconds), scriptGeneration ? SCRIPT_GENERATION_CREDITS : 0, true);
    }

    /**
     * The cost of the video these parameters describe. For a script it is exact (the pacing upgrade included);
     * for a prompt the generated script's length is unknown, so the target (or 10 s) is assumed.
     */
    public static CreditEstimate of(VideoCreateParams params) {
        Integer target = params.targetDuration().isPresent() ? params.targetDuration().getAsInt() : null;
        if (params.promptText().isPresent()) {
            int duration = target != null ? target : DEFAULT_GENERATED_DURATION;
            return new CreditEstimate(duration, SCRIPT_GENERATION_CREDITS, false);
        }
        String script = params.scriptText().orElseThrow();
        return new CreditEstimate(Pacing.effectiveDuration(script, target), 0, true);
    }

    /** The billed duration bucket in seconds (5, 10 or 15). */
    public int durationSeconds() {
        return durationSeconds;
    }

    /** The credits for the video itself. */
    public long videoCredits() {
        return durationSeconds * CREDITS_PER_SECOND;
    }

    /** The script-generation surcharge (0 or 5). */
    public long scriptGenerationCredits() {
        return scriptGenerationCredits;
    }

    /** The total credits deducted on creation. */
    public long totalCredits() {
        return videoCredits() + scriptGenerationCredits;
    }

    /** Whether the estimate is exact (false when a generated script's length decides the duration). */
    public boolean exact() {
        return exact;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CreditEstimate)) {
            return false;
        }
        CreditEstimate other = (CreditEstimate) o;
        return durationSeconds == other.durationSeconds && scriptGenerationCredits == other.scriptGenerationCredits
                && exact == other.exact;
    }

    @Override
    public int hashCode() {
        return durationSeconds * 31 + (int) scriptGenerationCredits + (exact ? 1 : 0);
    }

    @Override
    public String toString() {
        return "CreditEstimate{" + durationSeconds + "s, " + totalCredits() + " credits" + (exact ? "" : ", approximate") + "}";
    }
}
