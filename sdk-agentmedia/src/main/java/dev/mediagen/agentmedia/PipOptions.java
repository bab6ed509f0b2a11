package dev.mediagen.agentmedia;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Picture-in-picture layout of a video ({@code pip_options}); every field is optional. */
public final class PipOptions {
    private final PipPosition position;
    private final PipSize size;
    private final PipAnimation animation;
    private final PipFrameStyle frameStyle;

    private PipOptions(Builder b) {
        this.position = b.position;
        this.size = b.size;
        this.animation = b.animation;
        this.frameStyle = b.frameStyle;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Where the actor sits. */
    public Optional<PipPosition> position() {
        return Optional.ofNullable(position);
    }

    /** How large the actor is. */
    public Optional<PipSize> size() {
        return Optional.ofNullable(size);
    }

    /** How the actor enters. */
    public Optional<PipAnimation> animation() {
        return Optional.ofNullable(animation);
    }

    /** The frame around the actor. */
    public Optional<PipFrameStyle> frameStyle() {
        return Optional.ofNullable(frameStyle);
    }

    Map<String, Object> toBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        put(body, "position", position);
        put(body, "size", size);
        put(body, "animation", animation);
        put(body, "frame_style", frameStyle);
        return body;
    }

    private static void put(Map<String, Object> body, String name, Object value) {
        if (value != null) {
            body.put(name, value);
        }
    }

    @Override
    public String toString() {
        return "PipOptions" + toBody();
    }

    /** Builds {@link PipOptions}. */
    public static final class Builder {
        private PipPosition position;
        private PipSize size;
        private PipAnimation animation;
        private PipFrameStyle frameStyle;

        private Builder() {
        }

        /** Where the actor sits. */
        public Builder position(PipPosition position) {
            this.position = position;
            return this;
        }

        /** How large the actor is. */
        public Builder size(PipSize size) {
            this.size = size;
            return this;
        }

        /** How the actor enters. */
        public Builder animation(PipAnimation animation) {
            this.animation = animation;
            return this;
        }

        /** The frame around the actor. */
        public Builder frameStyle(PipFrameStyle frameStyle) {
            this.frameStyle = frameStyle;
            return this;
        }

        /** Builds the options. */
        public PipOptions build() {
            return new PipOptions(this);
        }
    }
}
