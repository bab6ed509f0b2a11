package dev.mediagen.videogen.model;

import dev.mediagen.core.ValidationException;
import java.util.Objects;

/** An aspect ratio as a width:height pair (16 and 9 for 16:9), not pixel dimensions. */
public final class AspectRatio {
    /** 16:9, the API's default. */
    public static final AspectRatio LANDSCAPE_16_9 = new AspectRatio(16, 9);
    /** 9:16, for vertical video. */
    public static final AspectRatio PORTRAIT_9_16 = new AspectRatio(9, 16);
    /** 1:1. */
    public static final AspectRatio SQUARE = new AspectRatio(1, 1);
    /** 4:5. */
    public static final AspectRatio PORTRAIT_4_5 = new AspectRatio(4, 5);

    private int width;
    private int height;

    private AspectRatio() {
    }

    private AspectRatio(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** The ratio {@code width:height}; both must be at least 1. */
    public static AspectRatio of(int width, int height) {
        if (width < 1 || height < 1) {
            throw new ValidationException("aspectRatio width and height must be at least 1, got " + width + ":" + height);
        }
        return new AspectRatio(width, height);
    }

    /** The width part. */
    public int width() {
        return width;
    }

    /** The height part. */
    public int height() {
        return height;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AspectRatio && ((AspectRatio) o).width == width && ((AspectRatio) o).height == height;
    }

    @Override
    public int hashCode() {
        return Objects.hash(width, height);
    }

    @Override
    public String toString() {
        return width + ":" + height;
    }
}
