package dev.mediagen.rynjer;

import dev.mediagen.core.internal.Json;
import dev.mediagen.core.internal.VendorProfile;

/** Rynjer's conventions: snake_case JSON, the {@code {code, message, data}} envelope, no documented rate limits. */
final class RynjerProfile {
    /** The vendor name used in User-Agent, logs and errors. */
    static final String NAME = "rynjer";

    static final VendorProfile PROFILE = VendorProfile.builder(NAME)
            .json(Json.snakeCase())
            .errorDecoder(RynjerEnvelope::decodeHttpError)
            .build();

    private RynjerProfile() {
    }
}
