package dev.mediagen.agentmedia;

/** The answer to a key revocation: {@code {revoked, id}}. */
public final class KeyRevocation {
    private Boolean revoked;
    private String id;

    private KeyRevocation() {
    }

    /** Whether the key was revoked. */
    public boolean revoked() {
        return Boolean.TRUE.equals(revoked);
    }

    /** The revoked key's id. */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return "KeyRevocation{revoked=" + revoked + ", id=" + id + "}";
    }
}
