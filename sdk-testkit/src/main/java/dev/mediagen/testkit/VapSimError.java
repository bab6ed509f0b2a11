package dev.mediagen.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/** An error the simulated VAP API answers with, in its documented {@code {error: {code, message, details}}} shape. */
final class VapSimError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String code;
    final transient Map<String, Object> details;

    VapSimError(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    VapSimError(int status, String code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    static VapSimError invalid(String field, String message) {
        return new VapSimError(422, "validation_error", message, Map.of("field", field));
    }

    static VapSimError tier(String message, int requiredTier, int currentTier) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("required_tier", requiredTier);
        details.put("current_tier", currentTier);
        return new VapSimError(403, "tier_limit_exceeded", message, details);
    }

    Map<String, Object> body() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", getMessage());
        if (!details.isEmpty()) {
            error.put("details", details);
        }
        return Map.of("error", error);
    }

    SimResponse response() {
        return SimResponse.json(status, body());
    }
}
