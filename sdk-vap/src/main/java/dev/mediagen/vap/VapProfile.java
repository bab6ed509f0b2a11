package dev.mediagen.vap;

import dev.mediagen.core.RateLimit;
import dev.mediagen.core.internal.Json;
import dev.mediagen.core.internal.ResetFormat;
import dev.mediagen.core.internal.VendorProfile;
import java.time.Duration;

/** VAP's conventions: snake_case JSON, its three error-body shapes, per-agent limits per minute by tier. */
final class VapProfile {
    /** The rate-limit class of every authenticated call: VAP limits each agent as a whole. */
    static final String AGENT = "agent";

    /** Tier 1's documented limit, the client's default until told the agent's tier. */
    static final VendorProfile PROFILE = VendorProfile.builder("vap")
            .json(Json.snakeCase())
            .errorDecoder(new VapErrorDecoder())
            .rateLimit(AGENT, limitForTier(1))
            .resetFormat(ResetFormat.EPOCH_SECONDS)
            .build();

    private VapProfile() {
    }

    /** Requests per minute by tier: 10, 60, 300, 1000. */
    static RateLimit limitForTier(int tier) {
        int perMinute;
        switch (tier) {
            case 0:
                perMinute = 10;
                break;
            case 1:
                perMinute = 60;
                break;
            case 2:
                perMinute = 300;
                break;
            default:
                perMinute = 1000;
        }
        return RateLimit.of(perMinute, Duration.ofMinutes(1));
    }
}
