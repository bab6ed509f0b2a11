package dev.mediagen.rynjer;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a generation would cost in credits: from {@code POST /v1/credits/estimate}, or from the SDK's offline
 * {@link PriceTable} ({@link #isOffline()}). The {@code breakdown} is opaque vendor data.
 */
public final class CreditEstimate {
    @JsonAlias({"credits", "total", "total_credits"})
    private Long estimatedCredits;
    private String priceVersion;
    private Map<String, Object> breakdown;
    @JsonIgnore
    private boolean offline;

    private CreditEstimate() {
    }

    /** An estimate computed by the SDK's price table, without calling Rynjer. */
    static CreditEstimate offline(long credits, String priceVersion, Map<String, Object> breakdown) {
        CreditEstimate estimate = new CreditEstimate();
        estimate.estimatedCredits = credits;
        estimate.priceVersion = priceVersion;
        estimate.breakdown = Collections.unmodifiableMap(new LinkedHashMap<>(breakdown));
        estimate.offline = true;
        return estimate;
    }

    /** The estimated cost in credits. */
    public long estimatedCredits() {
        return estimatedCredits;
    }

    /** Whether the response carried an estimate at all. */
    boolean isPresent() {
        return estimatedCredits != null;
    }

    /** The price version the estimate used. */
    public Optional<String> priceVersion() {
        return Optional.ofNullable(priceVersion);
    }

    /** The vendor's breakdown (opaque; e.g. {@code mediaType}, {@code options}, {@code price_rules}). */
    public Map<String, Object> breakdown() {
        return breakdown == null ? Map.of() : Collections.unmodifiableMap(breakdown);
    }

    /** Whether this estimate came from the SDK's offline price table rather than from Rynjer. */
    public boolean isOffline() {
        return offline;
    }

    @Override
    public String toString() {
        return "CreditEstimate{credits=" + estimatedCredits + ", priceVersion=" + priceVersion
                + (offline ? ", offline" : "") + "}";
    }
}
