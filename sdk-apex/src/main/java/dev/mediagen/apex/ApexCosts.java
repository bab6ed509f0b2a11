package dev.mediagen.apex;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Apex's documented credit prices, available offline for estimates: image 10, video 250, voice 80, voice clone 80,
 * avatar 750, clip 30, b-roll 150, text-to-video 250, commercial 3,000, translate 1,800, instant ad 500 to 1,250,
 * photoshoot 30, outbound calls 10 per minute. Credits are deducted when a job is created and refunded when it fails.
 */
public final class ApexCosts {
    /** The documented price of cloning a voice. */
    public static final long VOICE_CLONE = 80;
    /** The documented price of one started minute of an outbound voice-agent call. */
    public static final long OUTBOUND_CALL_PER_MINUTE = 10;

    private static final ApexCosts STANDARD = new ApexCosts(prices());

    private final Map<JobKind, CreditCost> prices;

    private ApexCosts(Map<JobKind, CreditCost> prices) {
        this.prices = Map.copyOf(prices);
    }

    /** The prices published on the API page. */
    public static ApexCosts standard() {
        return STANDARD;
    }

    /**
     * The documented price of a job kind.
     *
     * @throws IllegalArgumentException for a kind Apex has not priced (an unknown kind)
     */
    public CreditCost of(JobKind kind) {
        return find(kind).orElseThrow(() -> new IllegalArgumentException("no documented price for job type " + kind));
    }

    /** The documented price of a job kind, empty for kinds the SDK does not know. */
    public Optional<CreditCost> find(JobKind kind) {
        return Optional.ofNullable(prices.get(Objects.requireNonNull(kind, "kind")));
    }

    /** The documented price of a request. */
    public CreditCost estimate(GenerationRequest request) {
        return of(request.kind());
    }

    /** The price of an outbound call of {@code length}: 10 credits per started minute. */
    public long call(Duration length) {
        long seconds = Math.max(0, length.toSeconds() + (length.toNanosPart() > 0 ? 1 : 0));
        return ((seconds + 59) / 60) * OUTBOUND_CALL_PER_MINUTE;
    }

    private static Map<JobKind, CreditCost> prices() {
        Map<JobKind, CreditCost> p = new LinkedHashMap<>();
        p.put(JobKind.IMAGE, CreditCost.exactly(10));
        p.put(JobKind.VIDEO, CreditCost.exactly(250));
        p.put(JobKind.VOICE, CreditCost.exactly(80));
        p.put(JobKind.AVATAR, CreditCost.exactly(750));
        p.put(JobKind.CLIP, CreditCost.exactly(30));
        p.put(JobKind.B_ROLL, CreditCost.exactly(150));
        p.put(JobKind.TEXT2VIDEO, CreditCost.exactly(250));
        p.put(JobKind.COMMERCIAL, CreditCost.exactly(3000));
        p.put(JobKind.TRANSLATE, CreditCost.exactly(1800));
        p.put(JobKind.INSTANT_AD, CreditCost.between(500, 1250));
        p.put(JobKind.PHOTOSHOOT, CreditCost.exactly(30));
        return p;
    }
}
