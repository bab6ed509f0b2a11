package dev.mediagen.videogen.model;

import java.util.Objects;

/** A colour with red, green and blue from 0 to 255. */
public final class RgbColor {
    /** White. */
    public static final RgbColor WHITE = new RgbColor(255, 255, 255);
    /** Black. */
    public static final RgbColor BLACK = new RgbColor(0, 0, 0);

    private final int red;
    private final int green;
    private final int blue;

    private RgbColor(int red, int green, int blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    /** The colour {@code (red, green, blue)}, each 0 to 255. */
    public static RgbColor of(int red, int green, int blue) {
        Checks.range("red", red, 0, 255);
        Checks.range("green", green, 0, 255);
        Checks.range("blue", blue, 0, 255);
        return new RgbColor(red, green, blue);
    }

    /** Red, 0 to 255. */
    public int red() {
        return red;
    }

    /** Green, 0 to 255. */
    public int green() {
        return green;
    }

    /** Blue, 0 to 255. */
    public int blue() {
        return blue;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RgbColor && ((RgbColor) o).red == red && ((RgbColor) o).green == green
                && ((RgbColor) o).blue == blue;
    }

    @Override
    public int hashCode() {
        return Objects.hash(red, green, blue);
    }

    @Override
    public String toString() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }
}
