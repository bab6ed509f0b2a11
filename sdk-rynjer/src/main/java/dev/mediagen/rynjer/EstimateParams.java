package dev.mediagen.rynjer;

import dev.mediagen.core.ValidationException;
import java.util.Optional;

/** The parameters of {@code POST /v1/credits/estimate}: product, model, units and price version. */
public final class EstimateParams {
    private final Product product;
    private final String model;
    private final Units units;
    private final String priceVersion;

    private EstimateParams(Builder b) {
        this.product = b.product;
        this.model = b.model;
        this.units = b.units;
        this.priceVersion = b.priceVersion;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The estimate of exactly what {@code params} would generate. */
    public static EstimateParams of(GenerateParams params) {
        Builder b = builder().model(params.model());
        params.product().ifPresent(b::product);
        params.units().ifPresent(b::units);
        params.priceVersion().ifPresent(b::priceVersion);
        return b.build();
    }

    /** The product; detected from the model when absent. */
    public Optional<Product> product() {
        return Optional.ofNullable(product);
    }

    /** The model. */
    public String model() {
        return model;
    }

    /** The billable units. */
    public Optional<Units> units() {
        return Optional.ofNullable(units);
    }

    /** The price version. */
    public Optional<String> priceVersion() {
        return Optional.ofNullable(priceVersion);
    }

    @Override
    public String toString() {
        return "EstimateParams{product=" + product + ", model=" + model + ", units=" + units
                + ", priceVersion=" + priceVersion + "}";
    }

    /** Builds {@link EstimateParams}. */
    public static final class Builder {
        private Product product;
        private String model;
        private Units units;
        private String priceVersion;

        private Builder() {
        }

        /** The product ({@code image}, {@code video}, {@code music}). */
        public Builder product(Product product) {
            this.product = product;
            return this;
        }

        /** The model (required). */
        public Builder model(String model) {
            this.model = model;
            return this;
        }

        /** The billable units. */
        public Builder units(Units units) {
            this.units = units;
            return this;
        }

        /** The price version, e.g. {@code 2026-02-02-v1}. */
        public Builder priceVersion(String priceVersion) {
            this.priceVersion = priceVersion;
            return this;
        }

        /**
         * Builds the parameters.
         *
         * @throws ValidationException when the model is missing or the price version is blank
         */
        public EstimateParams build() {
            if (model == null || model.isBlank()) {
                throw new ValidationException("model is required");
            }
            if (priceVersion != null && priceVersion.isBlank()) {
                throw new ValidationException("price_version must not be blank");
            }
            return new EstimateParams(this);
        }
    }
}
