package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/**
 * A subscription tier id. Tier ids are not the display names: {@code starter} is "Creator" and {@code creator}
 * is "Pro". Unknown tiers are kept as they are.
 */
public final class PlanTier extends ExtensibleEnum {
    /** Free: no monthly credits, 1 concurrent job. */
    public static final PlanTier FREE = new PlanTier("free", true);
    /** Pay as you go: purchased credits only, 2 concurrent jobs. */
    public static final PlanTier PAYG = new PlanTier("payg", true);
    /** "Creator": 3,900 credits a month, 3 concurrent jobs, videos up to 10 s. */
    public static final PlanTier STARTER = new PlanTier("starter", true);
    /** "Pro": 6,900 credits a month, 5 concurrent jobs, videos up to 15 s. */
    public static final PlanTier CREATOR = new PlanTier("creator", true);
    /** "Pro Plus": 12,900 credits a month, 10 concurrent jobs, videos up to 15 s. */
    public static final PlanTier PRO_PLUS = new PlanTier("pro_plus", true);

    private static final Map<String, PlanTier> KNOWN = index(FREE, PAYG, STARTER, CREATOR, PRO_PLUS);

    private PlanTier(String value, boolean known) {
        super(value, known);
    }

    /** The tier named {@code value}; unknown values are kept as they are. */
    @JsonCreator
    public static PlanTier of(String value) {
        return lookup(KNOWN, value, v -> new PlanTier(v, false));
    }
}
