package dev.mediagen.agentmedia;

import dev.mediagen.core.RateLimit;
import dev.mediagen.core.internal.Json;
import dev.mediagen.core.internal.ResetFormat;
import dev.mediagen.core.internal.VendorProfile;
import java.time.Duration;
import java.util.List;

/** agent-media's conventions: snake_case JSON, its error bodies, its rate-limit headers and request id. */
final class AgentMediaProfile {
    /** The endpoint class of video creation. */
    static final String GENERATE = "generate";
    /** The endpoint class of every other call. */
    static final String READ = "read";

    /**
     * Only creation is paced client-side (60 a minute, api-v2's generate limit); read limits of the public host
     * are undocumented, so reads follow the server's 429s and {@code Retry-After} instead.
     */
    static final VendorProfile PROFILE = VendorProfile.builder("agentmedia")
            .json(Json.snakeCase())
            .errorDecoder(new AgentMediaErrorDecoder())
            .rateLimit(GENERATE, RateLimit.of(60, Duration.ofMinutes(1)))
            .resetFormat(ResetFormat.AUTO)
            .requestIdHeaders(List.of("x-request-id"))
            .build();

    private AgentMediaProfile() {
    }
}
