package dev.mediagen.testkit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** VideoGen's {@code ApiError} bodies, as the simulator answers them. */
final class VideoGenSimErrors {
    private VideoGenSimErrors() {
    }

    static SimResponse error(int status, String code, String message) {
        return SimResponse.json(status, body(code, message));
    }

    static ObjectNode body(String code, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("message", message);
        if (code != null) {
            body.put("code", code);
        }
        return body;
    }

    static SimResponse invalidParameters(String message) {
        return error(400, "invalid_parameters", message);
    }

    static SimResponse invalidId(String name, String id) {
        return error(400, "invalid_id", "Invalid " + name + ": " + id);
    }

    static SimResponse notFound(String what, String id) {
        return error(404, "not_found", what + " " + id + " not found");
    }

    /** Thrown by handlers to answer with an error; the simulator turns it into the response. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SimResponse response;

        Failure(SimResponse response) {
            super(null, null, false, false);
            this.response = response;
        }
    }

    static Failure fail(SimResponse response) {
        return new Failure(response);
    }
}
