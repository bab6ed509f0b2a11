package dev.mediagen.videogen;

import dev.mediagen.core.CursorFetcher;
import dev.mediagen.core.Page;
import dev.mediagen.core.internal.ApiRequest;
import dev.mediagen.videogen.model.ListParams;
import dev.mediagen.videogen.model.RunListParams;
import dev.mediagen.videogen.model.ToolExecution;
import java.util.List;

/** The list envelopes of the API ({@code {items, hasMore, nextCursor}}) and how they become pages. */
final class Listings {
    private Listings() {
    }

    /** A cursor page whose next page exists only when the API said {@code hasMore} and gave a cursor. */
    static <T> Page<T> page(List<T> items, boolean hasMore, String nextCursor, CursorFetcher<T> next) {
        return Page.cursor(items == null ? List.of() : items, hasMore ? nextCursor : null, next);
    }

    static ApiRequest.Builder paging(ApiRequest.Builder request, ListParams params) {
        params.limit().ifPresent(limit -> request.query("limit", limit));
        params.cursor().ifPresent(cursor -> request.query("cursor", cursor));
        return request;
    }

    static ApiRequest.Builder paging(ApiRequest.Builder request, RunListParams params) {
        params.limit().ifPresent(limit -> request.query("limit", limit));
        params.cursor().ifPresent(cursor -> request.query("cursor", cursor));
        params.selfOnly().ifPresent(selfOnly -> request.query("selfOnly", selfOnly));
        return request;
    }

    /** {@code GET /v1/tools/executions}. */
    static final class ToolExecutions {
        List<ToolExecution> toolExecutions;
        boolean hasMore;
        String nextCursor;
    }
}
