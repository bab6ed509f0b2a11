package dev.mediagen.agentmedia;

import com.fasterxml.jackson.annotation.JsonValue;

/** The documented video templates ({@code template}). */
public enum VideoTemplate {
    /** {@code monologue}. */
    MONOLOGUE("monologue"),
    /** {@code testimonial}. */
    TESTIMONIAL("testimonial"),
    /** {@code product-review}. */
    PRODUCT_REVIEW("product-review"),
    /** {@code problem-solution}. */
    PROBLEM_SOLUTION("problem-solution"),
    /** {@code saas-review}. */
    SAAS_REVIEW("saas-review"),
    /** {@code before-after}. */
    BEFORE_AFTER("before-after"),
    /** {@code listicle}. */
    LISTICLE("listicle"),
    /** {@code product-demo}. */
    PRODUCT_DEMO("product-demo");

    private final String value;

    VideoTemplate(String value) {
        this.value = value;
    }

    /** The API's string for this value. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The constant whose API string is {@code value}; any other string is a {@link dev.mediagen.core.ValidationException}. */
    public static VideoTemplate of(String value) {
        return Checks.wireEnum(values(), VideoTemplate::value, value, "template");
    }

    @Override
    public String toString() {
        return value;
    }
}
