package dev.mediagen.vap;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mediagen.core.ErrorDetails;
import dev.mediagen.core.MalformedResponseException;
import dev.mediagen.core.internal.ApiRuntime;
import dev.mediagen.core.internal.HttpResponse;
import dev.mediagen.core.internal.ResponseHandler;
import dev.mediagen.core.internal.ServerHints;
import java.util.function.Predicate;

/** Response handlers that read a VAP model and reject bodies missing the fields every caller relies on. */
final class VapResponses {
    private static final int MAX_BODY_CHARS = 4_000;

    private VapResponses() {
    }

    /** Reads {@code type}; a body that fails {@code valid} is a {@link MalformedResponseException} naming {@code what}. */
    static <T> ResponseHandler<T> json(ApiRuntime runtime, Class<T> type, Predicate<T> valid, String what) {
        ObjectMapper mapper = runtime.profile().json();
        return response -> {
            T value = mapper.readValue(response.body(), type);
            if (value == null || !valid.test(value)) {
                throw malformed(runtime, response, "the response has no " + what);
            }
            return value;
        };
    }

    /** A malformed-response error carrying the response's details. */
    static MalformedResponseException malformed(ApiRuntime runtime, HttpResponse response, String reason) {
        String body = response.bodyText();
        ErrorDetails details = ErrorDetails.builder()
                .statusCode(response.statusCode())
                .headers(response.headers())
                .requestId(ServerHints.requestId(response.headers(), runtime.profile().requestIdHeaders()))
                .rawBody(body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) + "..." : body)
                .vendor(runtime.profile().name())
                .build();
        return new MalformedResponseException("[" + runtime.profile().name() + "] " + reason, details, null);
    }
}
