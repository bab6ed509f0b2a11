package dev.mediagen.videogen.model;

import java.util.Optional;

/** A presenter for avatar clips, with its preview media. */
public final class AvatarPresenter {
    private String avatarPresenterId;
    private Gender displayableGender;
    private String imageUrl;
    private String thumbnailUrl;
    private String previewVideoUrl;

    private AvatarPresenter() {
    }

    /** The presenter's id, for {@link GenerateAvatarRequest}. */
    public String avatarPresenterId() {
        return avatarPresenterId;
    }

    /** MALE, FEMALE or NEUTRAL. */
    public Optional<Gender> gender() {
        return Optional.ofNullable(displayableGender);
    }

    /** A still image of the presenter. */
    public Optional<String> imageUrl() {
        return Optional.ofNullable(imageUrl);
    }

    /** A thumbnail. */
    public Optional<String> thumbnailUrl() {
        return Optional.ofNullable(thumbnailUrl);
    }

    /** A preview clip. */
    public Optional<String> previewVideoUrl() {
        return Optional.ofNullable(previewVideoUrl);
    }

    @Override
    public String toString() {
        return "AvatarPresenter{id=" + avatarPresenterId + ", gender=" + displayableGender + "}";
    }
}
