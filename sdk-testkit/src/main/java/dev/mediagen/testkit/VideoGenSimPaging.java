package dev.mediagen.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** VideoGen's cursor pagination: {@code limit} 1 to 200 (default 50), opaque cursors tied to the endpoint. */
final class VideoGenSimPaging {
    private VideoGenSimPaging() {
    }

    static ObjectNode page(SimRequest request, String endpoint, String arrayName, List<? extends JsonNode> items) {
        int limit = limit(request);
        int offset = request.query("cursor").map(cursor -> offset(endpoint, cursor)).orElse(0);
        int end = Math.min(items.size(), offset + limit);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode array = body.putArray(arrayName);
        for (int i = Math.min(offset, items.size()); i < end; i++) {
            array.add(items.get(i));
        }
        boolean more = end < items.size();
        body.put("hasMore", more);
        if (more) {
            body.put("nextCursor", cursor(endpoint, end));
        } else {
            body.putNull("nextCursor");
        }
        return body;
    }

    static int limit(SimRequest request) {
        String text = request.query("limit").orElse("50");
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= 200) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw VideoGenSimErrors.fail(VideoGenSimErrors.invalidParameters("limit must be an integer between 1 and 200"));
    }

    static boolean flag(SimRequest request, String name) {
        String value = request.query(name).orElse("false");
        if (!value.equals("true") && !value.equals("false")) {
            throw VideoGenSimErrors.fail(VideoGenSimErrors.invalidParameters(name + " must be true or false"));
        }
        return Boolean.parseBoolean(value);
    }

    private static String cursor(String endpoint, int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((endpoint + "|" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String endpoint, String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = decoded.lastIndexOf('|');
            if (bar > 0 && decoded.substring(0, bar).equals(endpoint)) {
                return Integer.parseInt(decoded.substring(bar + 1));
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw VideoGenSimErrors.fail(VideoGenSimErrors.invalidParameters("cursor is invalid for this endpoint"));
    }
}
