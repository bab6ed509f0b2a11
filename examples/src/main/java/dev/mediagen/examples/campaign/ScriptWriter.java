package dev.mediagen.examples.campaign;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the short ad script and the image prompts from the product description. The script fits agent-media's
 * pacing for a 15-second video (at most 37 words at 2.5 words per second), so the vendor never rejects it.
 */
public final class ScriptWriter {
    static final int MAX_WORDS = 37;
    /** The product picture the photoshoot starts from when none is given: Apex's own demo product. */
    static final String DEFAULT_PRODUCT_IMAGE = "https://cdn.useapexstudio.com/uploads/demo/water-bottle.png";

    private final String product;
    private String productImageUrl = DEFAULT_PRODUCT_IMAGE;

    /** Writes for {@code productDescription}. */
    public ScriptWriter(String productDescription) {
        String clean = productDescription.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("the product description is empty");
        }
        this.product = clean.endsWith(".") ? clean.substring(0, clean.length() - 1) : clean;
    }

    /** The UGC ad script: hook, product, call to action, trimmed to the pacing limit. */
    public String adScript() {
        String hook = "Okay, I did not expect to love this.";
        String middle = "Meet " + lowerFirst(shorten(product, 18)) + ".";
        String close = "It just works, every single day. Grab yours today.";
        return trimToWords(hook + " " + middle + " " + close, MAX_WORDS);
    }

    /** The prompt for the hero image. */
    public String heroPrompt() {
        return "Cinematic hero shot of " + lowerFirst(product) + ", dramatic soft light, wide composition, premium ad";
    }

    /** The prompt for the square variants. */
    public String squarePrompt() {
        return "Clean studio product photo of " + lowerFirst(product) + ", centered, square social post";
    }

    /** The prompt for the b-roll clip. */
    public String brollPrompt() {
        return "Slow close-up b-roll of " + lowerFirst(product) + " in everyday use";
    }

    /** The prompt for the product photoshoot. */
    public String photoshootPrompt() {
        return "Lifestyle photoshoot of " + lowerFirst(product);
    }

    /** The prompt for the background music. */
    public String musicPrompt() {
        return "Upbeat, warm instrumental background track for an ad about " + lowerFirst(shorten(product, 12));
    }

    /** Uses {@code url} as the product picture of the photoshoot. */
    public ScriptWriter productImage(String url) {
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            throw new IllegalArgumentException("the product image must be an http(s) URL");
        }
        this.productImageUrl = url;
        return this;
    }

    /** The product picture the photoshoot starts from. */
    public String productImageUrl() {
        return productImageUrl;
    }

    /** The product description as given (without a trailing period). */
    public String product() {
        return product;
    }

    static String trimToWords(String text, int maxWords) {
        String[] words = text.split("\\s+");
        if (words.length <= maxWords) {
            return text;
        }
        String cut = Arrays.stream(words).limit(maxWords).collect(Collectors.joining(" "));
        return cut.endsWith(".") ? cut : cut + ".";
    }

    private static String shorten(String text, int maxWords) {
        String[] words = text.split("\\s+");
        return words.length <= maxWords ? text : String.join(" ", Arrays.copyOf(words, maxWords));
    }

    private static String lowerFirst(String text) {
        for (String article : new String[] {"A ", "An ", "The "}) {
            if (text.startsWith(article)) {
                return article.toLowerCase(Locale.ROOT) + text.substring(article.length());
            }
        }
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
        }
        return text;
    }
}
