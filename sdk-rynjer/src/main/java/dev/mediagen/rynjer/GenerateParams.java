package dev.mediagen.rynjer;

import dev.mediagen.core.ValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of {@code POST /v1/generate}. The {@code request_id} is optional here: when neither these
 * parameters nor the call's {@code RequestOptions.idempotencyKey} give one, the SDK generates a UUID and reuses it on
 * every retry, so a retried generate never charges twice.
 */
public final class GenerateParams {
    private final String requestId;
    private final String model;
    private final String prompt;
    private final Product product;
    private final Units units;
    private final List<String> inputImageUrls;
    private final String priceVersion;
    private final String scene;

    private GenerateParams(Builder b) {
        this.requestId = b.requestId;
        this.model = b.model;
        this.prompt = b.prompt;
        this.product = b.product;
        this.units = b.units;
        this.inputImageUrls = List.copyOf(b.inputImageUrls);
        this.priceVersion = b.priceVersion;
        this.scene = b.scene;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The caller's request id, when given. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The model, e.g. {@code nano-banana-pro}. */
    public String model() {
        return model;
    }

    /** The prompt. */
    public Optional<String> prompt() {
        return Optional.ofNullable(prompt);
    }

    /** The product; Rynjer detects it from the model when absent. */
    public Optional<Product> product() {
        return Optional.ofNullable(product);
    }

    /** The billable units. */
    public Optional<Units> units() {
        return Optional.ofNullable(units);
    }

    /** Input images for image-to-image and image-to-video. */
    public List<String> inputImageUrls() {
        return inputImageUrls;
    }

    /** The price version to charge under, e.g. {@code 2026-02-02-v1}. */
    public Optional<String> priceVersion() {
        return Optional.ofNullable(priceVersion);
    }

    /** The scene, e.g. {@code text-to-image} (observed, optional). */
    public Optional<String> scene() {
        return Optional.ofNullable(scene);
    }

    /** The JSON body with {@code request_id} set. */
    Map<String, Object> toBody(String id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("request_id", id);
        body.put("model", model);
        body.put("prompt", prompt);
        body.put("product", product);
        body.put("units", units);
        body.put("input_image_urls", inputImageUrls.isEmpty() ? null : inputImageUrls);
        body.put("price_version", priceVersion);
        body.put("scene", scene);
        body.values().removeIf(Objects::isNull);
        return body;
    }

    @Override
    public String toString() {
        return "GenerateParams{requestId=" + requestId + ", model=" + model + ", product=" + product + ", units=" + units
                + ", inputImages=" + inputImageUrls.size() + ", priceVersion=" + priceVersion + "}";
    }

    /** Builds {@link GenerateParams}; {@link #build()} checks every documented constraint. */
    public static final class Builder {
        private String requestId;
        private String model;
        private String prompt;
        private Product product;
        private Units units;
        private final List<String> inputImageUrls = new ArrayList<>();
        private String priceVersion;
        private String scene;

        private Builder() {
        }

        /** Your idempotency and lookup key (a UUID is recommended); generated when not set. */
        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        /** The model (required), e.g. {@code nano-banana-pro}, {@code veo3_fast}, {@code V5}. */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** The prompt (required for text-to-image, text-to-video and music). */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /** The product; detected from the model by Rynjer when not set. */
        public Builder product(Product product) {
            this.product = product;
            return this;
        }

        /** The billable units. */
        public Builder units(Units units) {
            this.units = units;
            return this;
        }

        /** Adds an input image URL (image-to-image, image-to-video). */
        public Builder addInputImageUrl(String url) {
            this.inputImageUrls.add(url);
            return this;
        }

        /** Replaces the input image URLs. */
        public Builder inputImageUrls(List<String> urls) {
            this.inputImageUrls.clear();
            this.inputImageUrls.addAll(Objects.requireNonNull(urls, "urls"));
            return this;
        }

        /** The price version, e.g. {@code 2026-02-02-v1}. */
        public Builder priceVersion(String priceVersion) {
            this.priceVersion = priceVersion;
            return this;
        }

        /** The scene, e.g. {@code text-to-image}. */
        public Builder scene(String scene) {
            this.scene = scene;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @throws ValidationException when the model is missing, there is neither a prompt nor an input image,
         *     an input image is not an absolute http(s) URL, or the request id is blank or contains whitespace
         */
        public GenerateParams build() {
            if (model == null || model.isBlank()) {
                throw new ValidationException("model is required");
            }
            if ((prompt == null || prompt.isBlank()) && inputImageUrls.isEmpty()) {
                throw new ValidationException("prompt is required for text-to-image, text-to-video and music generation");
            }
            if (requestId != null) {
                RequestIds.check(requestId);
            }
            for (String url : inputImageUrls) {
                checkUrl(url);
            }
            if (priceVersion != null && priceVersion.isBlank()) {
                throw new ValidationException("price_version must not be blank");
            }
            if (scene != null && scene.isBlank()) {
                throw new ValidationException("scene must not be blank");
            }
            return new GenerateParams(this);
        }

        private static void checkUrl(String url) {
            if (url == null) {
                throw new ValidationException("input_image_urls must not contain null");
            }
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme();
                if (uri.getHost() == null || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                    throw new ValidationException("input image URL must be an absolute http(s) URL: " + url);
                }
            } catch (URISyntaxException e) {
                throw new ValidationException("input image URL is not a valid URL: " + url);
            }
        }
    }
}
