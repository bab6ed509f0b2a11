package dev.mediagen.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/** An agent-media error answer: status, code, message, and extra fields inside the error object. */
final class AgentMediaSimError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String code;
    final transient Map<String, Object> extra = new LinkedHashMap<>();
    final transient Map<String, String> headers = new LinkedHashMap<>();
    final boolean apiV2Shape;

    AgentMediaSimError(int status, String code, String message) {
        this(status, code, message, false);
    }

    private AgentMediaSimError(int status, String code, String message, boolean apiV2Shape) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.apiV2Shape = apiV2Shape;
    }

    /** An error in api-v2's shape ({@code {error:{code,message,details}}}, no {@code type}). */
    static AgentMediaSimError apiV2(int status, String code, String message) {
        return new AgentMediaSimError(status, code, message, true);
    }

    AgentMediaSimError with(String name, Object value) {
        extra.put(name, value);
        return this;
    }

    AgentMediaSimError header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The gateway's error type for a status. */
    static String type(int status) {
        switch (status) {
            case 400:
                return "validation_error";
            case 401:
            case 403:
                return "authentication_error";
            case 402:
                return "insufficient_credits";
            case 404:
                return "not_found";
            case 429:
                return "rate_limit_error";
            default:
                return "server_error";
        }
    }

    SimResponse toResponse() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", getMessage());
        if (!apiV2Shape) {
            error.put("type", type(status));
        }
        error.putAll(extra);
        SimResponse response = SimResponse.json(status, Map.of("error", error));
        headers.forEach(response::header);
        return response;
    }
}
