package dev.mediagen.videogen.model;

import java.util.Optional;

/** The account and team behind the API key ({@code GET /v1/me}); a cheap connection test. */
public final class Account {
    private String apiKeyId;
    private String apiKeyNickname;
    private String email;
    private String displayName;
    private String teamId;

    private Account() {
    }

    /** The API key's id (never the key itself). */
    public String apiKeyId() {
        return apiKeyId;
    }

    /** The API key's nickname. */
    public String apiKeyNickname() {
        return apiKeyNickname;
    }

    /** The account's email. */
    public String email() {
        return email;
    }

    /** The account's display name. */
    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    /** The team the key belongs to. */
    public String teamId() {
        return teamId;
    }

    @Override
    public String toString() {
        return "Account{apiKeyId=" + apiKeyId + ", nickname=" + apiKeyNickname + ", teamId=" + teamId + "}";
    }
}
