package dev.mediagen.rynjer;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One entry of the model catalog ({@code GET /v1/models/list}). The catalog's shape is not documented; the SDK
 * reads {@code id} (or {@code model}/{@code model_id}), {@code product} (or {@code type}/{@code media_type}),
 * {@code credits} (or {@code price}/{@code credits_per_unit}/{@code base_credits}) and {@code notes}
 * (or {@code description}), and ignores anything else.
 */
public final class ModelInfo {
    @JsonAlias({"model", "model_id"})
    private String id;
    private String name;
    @JsonAlias({"type", "media_type"})
    private Product product;
    @JsonAlias({"price", "credits_per_unit", "base_credits"})
    private Long credits;
    @JsonAlias({"description"})
    private String notes;

    private ModelInfo() {
    }

    /** The model id to pass as {@code model}. */
    public String id() {
        return id;
    }

    /** A display name, when the catalog has one. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The product it generates. */
    public Optional<Product> product() {
        return Optional.ofNullable(product);
    }

    /** Its base price in credits per unit. */
    public OptionalLong credits() {
        return credits == null ? OptionalLong.empty() : OptionalLong.of(credits);
    }

    /** Notes, e.g. {@code 4K = 40}. */
    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    @Override
    public String toString() {
        return "ModelInfo{id=" + id + ", product=" + product + ", credits=" + credits + "}";
    }
}
