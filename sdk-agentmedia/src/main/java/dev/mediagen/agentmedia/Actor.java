package dev.mediagen.agentmedia;

import java.util.Optional;

/** A library actor that presents videos: name, slug, demographics, portrait and voice. */
public final class Actor {
    private String id;
    private String name;
    private String slug;
    private String gender;
    private String ageRange;
    private String actorType;
    private String portraitUrl;
    private String voiceId;
    private String status;

    private Actor() {
    }

    /** The actor's id. */
    public String id() {
        return id;
    }

    /** The display name. */
    public String name() {
        return name;
    }

    /** The slug passed as {@code actor_slug}. */
    public String slug() {
        return slug;
    }

    /** The gender (e.g. {@code female}). */
    public Optional<String> gender() {
        return Optional.ofNullable(gender);
    }

    /** The age range (e.g. {@code 26-35}). */
    public Optional<String> ageRange() {
        return Optional.ofNullable(ageRange);
    }

    /** The type (e.g. {@code Young Adult}). */
    public Optional<String> actorType() {
        return Optional.ofNullable(actorType);
    }

    /** The portrait image URL. */
    public Optional<String> portraitUrl() {
        return Optional.ofNullable(portraitUrl);
    }

    /** The voice id. */
    public Optional<String> voiceId() {
        return Optional.ofNullable(voiceId);
    }

    /** The status: {@code active}, {@code pending} or {@code inactive}. */
    public Optional<String> status() {
        return Optional.ofNullable(status);
    }

    /** Whether the actor can be used now. */
    public boolean isActive() {
        return status == null || status.equals("active");
    }

    @Override
    public String toString() {
        return "Actor{slug=" + slug + ", name=" + name + ", gender=" + gender + ", ageRange=" + ageRange + "}";
    }
}
