package dev.mediagen.videogen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mediagen.core.internal.ErrorDecoder;
import dev.mediagen.core.internal.ErrorKind;
import dev.mediagen.core.internal.HttpResponse;
import dev.mediagen.core.internal.Json;
import dev.mediagen.core.internal.JsonFields;
import dev.mediagen.core.internal.VendorError;
import dev.mediagen.videogen.model.ApiError;
import java.util.Locale;

/**
 * Reads VideoGen's {@code ApiError} body. The HTTP status picks the exception, except that a code about credits
 * (VideoGen answers an exhausted balance with 429 {@code insufficient_credits}) means insufficient credits, which
 * is never retried.
 */
final class VideoGenErrorDecoder implements ErrorDecoder {

    @Override
    public VendorError decode(HttpResponse response) {
        try {
            JsonNode root = JsonFields.object(response.body());
            if (root == null) {
                return VendorError.EMPTY;
            }
            ApiError error = Json.camelCase().treeToValue(root, ApiError.class);
            String code = error.code().orElse(null);
            VendorError.Builder decoded = VendorError.builder()
                    .code(code)
                    .message(JsonFields.firstText(root, "message"))
                    .extra(ApiError.DETAILS_KEY, error)
                    .extra("internalErrorCode", error.internalErrorCode().orElse(null))
                    .extra("requirement", error.requirement().map(ApiError.Requirement::type).orElse(null));
            if (isCreditsCode(code)) {
                decoded.kind(ErrorKind.INSUFFICIENT_CREDITS);
            }
            return decoded.build();
        } catch (Exception e) {
            return VendorError.EMPTY;
        }
    }

    /** Whether a code says the balance is exhausted ({@code insufficient_credits} and its variants). */
    static boolean isCreditsCode(String code) {
        return code != null && code.toLowerCase(Locale.ROOT).contains("credit");
    }
}
