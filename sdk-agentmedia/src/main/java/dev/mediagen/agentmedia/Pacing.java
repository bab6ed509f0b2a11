package dev.mediagen.agentmedia;

import java.util.List;
import java.util.regex.Pattern;

/**
 * agent-media's pacing rules, as the API applies them: natural speech is 2.5 words per second, a 5, 10 or 15 second
 * video holds at most 12, 25 or 37 words, a longer script is moved up to the bucket it fits (reported as
 * {@code pacing_warning}), and a script of more than 37 words is rejected.
 */
public final class Pacing {
    /** Natural speaking pace, in words per second. */
    public static final double WORDS_PER_SECOND = 2.5;
    /** The durations a video can have, in seconds. */
    public static final List<Integer> DURATIONS = List.of(5, 10, 15);
    /** The most words any script may have (the 15 second limit). */
    public static final int MAX_WORDS = 37;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final double SPOKEN_CHARS_PER_SECOND = 750.0 / 60.0;

    private Pacing() {
    }

    /** The number of words in {@code script}, counted as the API counts them (runs of whitespace separate words). */
    public static int wordCount(String script) {
        String trimmed = script.strip();
        return trimmed.isEmpty() ? 0 : WHITESPACE.split(trimmed).length;
    }

    /** The most words a video of {@code durationSeconds} (5, 10 or 15) holds at natural pace. */
    public static int maxWords(int durationSeconds) {
        return (int) Math.floor(bucketFor(durationSeconds) * WORDS_PER_SECOND);
    }

    /** The smallest duration bucket (5, 10 or 15 s) that is at least {@code seconds}; 15 for anything longer. */
    public static int bucketFor(double seconds) {
        for (int bucket : DURATIONS) {
            if (seconds <= bucket) {
                return bucket;
            }
        }
        return DURATIONS.get(DURATIONS.size() - 1);
    }

    /** The duration the API estimates for a script when no target is given (about 750 characters a minute). */
    public static int estimatedSeconds(String script) {
        return (int) Math.ceil(script.strip().length() / SPOKEN_CHARS_PER_SECOND);
    }

    /**
     * The duration the API will bill and render for {@code script}: the requested duration (or the estimate when
     * null), moved up to the bucket the word count needs. Scripts of more than {@link #MAX_WORDS} words have none.
     */
    public static int effectiveDuration(String script, Integer targetDurationOrNull) {
        int bucket = bucketFor(targetDurationOrNull != null ? targetDurationOrNull : estimatedSeconds(script));
        int words = wordCount(script);
        if (words > maxWords(bucket)) {
            return bucketFor(Math.ceil(words / WORDS_PER_SECOND));
        }
        return bucket;
    }

    /** Whether the script is too long for the requested duration, so the API will move it up a bucket. */
    public static boolean willUpgrade(String script, int targetDuration) {
        return effectiveDuration(script, targetDuration) > bucketFor(targetDuration);
    }
}
