package dev.mediagen.apex;

import dev.mediagen.core.RateLimit;
import dev.mediagen.core.internal.Json;
import dev.mediagen.core.internal.ResetFormat;
import dev.mediagen.core.internal.VendorProfile;
import java.time.Duration;

/**
 * Apex Studio's conventions: camelCase JSON, the {@code {data}} / {@code {error, code}} envelopes, the documented
 * rate-limit table (paced client-side per endpoint class) and {@code X-RateLimit-Reset} as a Unix timestamp in seconds.
 */
final class ApexProfile {
    /** The vendor name used in User-Agent, logs and errors. */
    static final String NAME = "apex";

    /** {@code POST /api/generate/*}: 5 requests per 10 seconds. */
    static final String GENERATE = "generate";
    /** Reads ({@code GET /api/jobs}, {@code /api/usage}, ...): 20 requests per 10 seconds. */
    static final String READ = "read";
    /** {@code /api/upload/*}: 10 requests per 60 seconds. */
    static final String UPLOAD = "upload";
    /** {@code DELETE}: 10 requests per 60 seconds. */
    static final String DELETE = "delete";
    /** Outbound voice-agent calls: 200 per hour. */
    static final String OUTBOUND_CALL = "outbound-call";

    static final RateLimit GENERATE_LIMIT = RateLimit.of(5, Duration.ofSeconds(10));
    static final RateLimit READ_LIMIT = RateLimit.of(20, Duration.ofSeconds(10));
    static final RateLimit UPLOAD_LIMIT = RateLimit.of(10, Duration.ofSeconds(60));
    static final RateLimit DELETE_LIMIT = RateLimit.of(10, Duration.ofSeconds(60));
    static final RateLimit OUTBOUND_CALL_LIMIT = RateLimit.of(200, Duration.ofHours(1));

    static final VendorProfile PROFILE = VendorProfile.builder(NAME)
            .json(Json.camelCase())
            .errorDecoder(ApexEnvelope::decodeHttpError)
            .rateLimit(GENERATE, GENERATE_LIMIT)
            .rateLimit(READ, READ_LIMIT)
            .rateLimit(UPLOAD, UPLOAD_LIMIT)
            .rateLimit(DELETE, DELETE_LIMIT)
            .rateLimit(OUTBOUND_CALL, OUTBOUND_CALL_LIMIT)
            .resetFormat(ResetFormat.EPOCH_SECONDS)
            .build();

    private ApexProfile() {
    }
}
