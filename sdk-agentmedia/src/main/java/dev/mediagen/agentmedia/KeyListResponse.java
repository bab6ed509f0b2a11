package dev.mediagen.agentmedia;

import java.util.List;

/** The body of {@code GET /account/keys}: {@code {keys}}. */
final class KeyListResponse {
    private List<ApiKeyInfo> keys;

    private KeyListResponse() {
    }

    List<ApiKeyInfo> keys() {
        return keys == null ? List.of() : List.copyOf(keys);
    }
}
