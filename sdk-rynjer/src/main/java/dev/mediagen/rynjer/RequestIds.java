package dev.mediagen.rynjer;

import dev.mediagen.core.IdempotencyKeys;
import dev.mediagen.core.RequestOptions;
import dev.mediagen.core.ValidationException;

/** Chooses and checks the {@code request_id} of a generate call. */
final class RequestIds {
    private static final int MAX_LENGTH = 128;

    private RequestIds() {
    }

    /** The id from the parameters, else from the options, else a new UUID; both given must agree. */
    static String choose(GenerateParams params, RequestOptions options) {
        String fromParams = params.requestId().orElse(null);
        String fromOptions = options.idempotencyKey().orElse(null);
        if (fromParams != null && fromOptions != null && !fromParams.equals(fromOptions)) {
            throw new ValidationException("request_id is given twice with different values (GenerateParams.requestId"
                    + " and RequestOptions.idempotencyKey)");
        }
        String id = fromParams != null ? fromParams : IdempotencyKeys.fromOrGenerate(options);
        check(id);
        return id;
    }

    /** Rejects blank ids, whitespace or control characters, and ids over 128 characters. */
    static void check(String id) {
        if (id.isBlank()) {
            throw new ValidationException("request_id must not be blank");
        }
        if (id.length() > MAX_LENGTH) {
            throw new ValidationException("request_id must be at most " + MAX_LENGTH + " characters");
        }
        if (id.chars().anyMatch(c -> c <= 0x20 || c == 0x7f)) {
            throw new ValidationException("request_id must not contain whitespace or control characters");
        }
    }
}
