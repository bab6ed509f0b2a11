package dev.mediagen.agentmedia;

import java.util.Optional;

/** Filters of {@code GET /actors}: gender, age range, actor type and a case-insensitive name search. */
public final class ActorListParams {
    private static final ActorListParams NONE = builder().build();

    private final String gender;
    private final String ageRange;
    private final String actorType;
    private final String search;

    private ActorListParams(Builder b) {
        this.gender = b.gender;
        this.ageRange = b.ageRange;
        this.actorType = b.actorType;
        this.search = b.search;
    }

    /** No filters: every actor. */
    public static ActorListParams none() {
        return NONE;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The gender filter. */
    public Optional<String> gender() {
        return Optional.ofNullable(gender);
    }

    /** The age-range filter. */
    public Optional<String> ageRange() {
        return Optional.ofNullable(ageRange);
    }

    /** The actor-type filter. */
    public Optional<String> actorType() {
        return Optional.ofNullable(actorType);
    }

    /** The name search. */
    public Optional<String> search() {
        return Optional.ofNullable(search);
    }

    @Override
    public String toString() {
        return "ActorListParams{gender=" + gender + ", ageRange=" + ageRange + ", actorType=" + actorType
                + ", search=" + search + "}";
    }

    /** Builds {@link ActorListParams}. */
    public static final class Builder {
        private String gender;
        private String ageRange;
        private String actorType;
        private String search;

        private Builder() {
        }

        /** Only actors of this gender (e.g. {@code female}). */
        public Builder gender(String gender) {
            this.gender = blankToNull(gender);
            return this;
        }

        /** Only actors in this age range (e.g. {@code 26-35}). */
        public Builder ageRange(String ageRange) {
            this.ageRange = blankToNull(ageRange);
            return this;
        }

        /** Only actors of this type (e.g. {@code Young Adult}). */
        public Builder actorType(String actorType) {
            this.actorType = blankToNull(actorType);
            return this;
        }

        /** Only actors whose name contains this text (case-insensitive). */
        public Builder search(String search) {
            this.search = blankToNull(search);
            return this;
        }

        /** Builds the filters. */
        public ActorListParams build() {
            return new ActorListParams(this);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
