package dev.mediagen.rynjer;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.ExtensibleEnum;
import java.util.Map;

/** The kind of media a Rynjer model produces: {@code image}, {@code video} or {@code music}; unknown values are kept. */
public final class Product extends ExtensibleEnum {
    /** Still images. */
    public static final Product IMAGE = new Product("image", true);
    /** Video clips. */
    public static final Product VIDEO = new Product("video", true);
    /** Music tracks. */
    public static final Product MUSIC = new Product("music", true);

    private static final Map<String, Product> KNOWN = index(IMAGE, VIDEO, MUSIC);

    private Product(String value, boolean known) {
        super(value, known);
    }

    /** The product for a vendor string (known constants are shared; others are kept as unknown values). */
    @JsonCreator
    public static Product of(String value) {
        return lookup(KNOWN, value, v -> new Product(v, false));
    }
}
