package dev.mediagen.vap;

import java.util.List;

/** The JSON body of {@code POST /v3/operations}. */
final class OperationBody {
    private final OperationType operation;
    private final String mediaUrl;
    private final String prompt;
    private final String maskUrl;
    private final Options options;
    private final String idempotencyKey;

    OperationBody(OperationParams params, String idempotencyKey) {
        this.operation = params.operation();
        this.mediaUrl = params.mediaUrl();
        this.prompt = params.prompt().orElse(null);
        this.maskUrl = params.maskUrl().orElse(null);
        this.options = params.options();
        this.idempotencyKey = idempotencyKey;
    }

    /** The {@code options} object. */
    static final class Options {
        private final Integer scale;
        private final Number startTime;
        private final Number endTime;
        private final List<String> mediaUrls;
        private final List<String> additionalImages;

        Options(Integer scale, Number startTime, Number endTime, List<String> mediaUrls, List<String> additionalImages) {
            this.scale = scale;
            this.startTime = startTime;
            this.endTime = endTime;
            this.mediaUrls = mediaUrls;
            this.additionalImages = additionalImages;
        }
    }
}
