package dev.mediagen.rynjer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Rynjer's published credit prices (price version {@code 2026-02-02-v1}), for estimates without a network call.
 *
 * <p>Rules: a model's base price is per output; {@code units.count} multiplies it; a documented resolution price
 * replaces the base ({@code nano-banana-pro} 4K = 40, {@code veo3} 1080p = 350, {@code wan-2.6} 1080p = 300); other
 * video models at 1080p cost 1.8 times the base, rounded up (the page's "~1.8x on some models"). Use
 * {@code /v1/credits/estimate} for the vendor's exact number; this table is the fallback.
 */
public final class PriceTable {
    /** The price version the table reflects. */
    public static final String PRICE_VERSION = "2026-02-02-v1";

    private static final BigDecimal HD_VIDEO_MULTIPLIER = new BigDecimal("1.8");
    private static final PriceTable STANDARD = new PriceTable(standardEntries());

    private final Map<String, Entry> entries;

    private PriceTable(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** The table of the seed's pricing page. */
    public static PriceTable standard() {
        return STANDARD;
    }

    private static Map<String, Entry> standardEntries() {
        Map<String, Entry> e = new LinkedHashMap<>();
        image(e, "google/nano-banana", 8);
        image(e, "nano-banana-pro", 20).put("4K", 40L);
        image(e, "gpt4o_image", 10);
        image(e, "qwen/text-to-image", 15);
        image(e, "qwen/image-to-image", 15);
        image(e, "xai/grok-imagine-image", 20);
        image(e, "xai/grok-imagine-image/edit", 20);
        image(e, "z-image", 20);
        add(e, "sora-2", Product.VIDEO, 10);
        add(e, "sora-2-pro", Product.VIDEO, 330);
        add(e, "veo3_fast", Product.VIDEO, 50);
        add(e, "veo3", Product.VIDEO, 280).put("1080P", 350L);
        add(e, "doubao-seedance-1.0-pro-fast", Product.VIDEO, 40);
        add(e, "wan-2.6", Product.VIDEO, 20).put("1080P", 300L);
        add(e, "fal-ai/ltx-2/image-to-video", Product.VIDEO, 50);
        add(e, "xai/grok-imagine-video/text-to-video", Product.VIDEO, 10);
        add(e, "V5", Product.MUSIC, 35);
        add(e, "V4_5PLUS", Product.MUSIC, 30);
        add(e, "V4_5", Product.MUSIC, 25);
        add(e, "V4", Product.MUSIC, 20);
        return e;
    }

    private static Map<String, Long> image(Map<String, Entry> e, String model, long credits) {
        return add(e, model, Product.IMAGE, credits);
    }

    private static Map<String, Long> add(Map<String, Entry> e, String model, Product product, long credits) {
        Entry entry = new Entry(product, credits);
        e.put(model, entry);
        return entry.byResolution;
    }

    /** The models the table prices. */
    public Set<String> models() {
        return entries.keySet();
    }

    /** The product a model generates, when the table knows the model. */
    public Optional<Product> product(String model) {
        return Optional.ofNullable(entries.get(model)).map(entry -> entry.product);
    }

    /** The base price of one output of {@code model}, when the table knows the model. */
    public Optional<Long> baseCredits(String model) {
        return Optional.ofNullable(entries.get(model)).map(entry -> entry.credits);
    }

    /** The credits {@code model} costs for {@code units} (null units: one output at the base resolution). */
    public Optional<Long> credits(String model, Units units) {
        Entry entry = entries.get(Objects.requireNonNull(model, "model"));
        if (entry == null) {
            return Optional.empty();
        }
        long count = units == null ? 1 : units.count().orElse(1);
        return Optional.of(perOutput(entry, units) * count);
    }

    /** The offline estimate of {@code params}, when the table knows the model. */
    public Optional<CreditEstimate> estimate(EstimateParams params) {
        Units units = params.units().orElse(null);
        return credits(params.model(), units).map(total -> {
            Entry entry = entries.get(params.model());
            Map<String, Object> breakdown = new LinkedHashMap<>();
            breakdown.put("source", "offline price table");
            breakdown.put("product", entry.product.asString());
            breakdown.put("base_credits", entry.credits);
            breakdown.put("per_output", perOutput(entry, units));
            breakdown.put("count", units == null ? 1 : units.count().orElse(1));
            if (units != null) {
                units.resolution().ifPresent(r -> breakdown.put("resolution", r));
            }
            return CreditEstimate.offline(total, PRICE_VERSION, breakdown);
        });
    }

    private static long perOutput(Entry entry, Units units) {
        String resolution = units == null ? null : units.resolution().map(r -> r.trim().toUpperCase(Locale.ROOT)).orElse(null);
        if (resolution == null) {
            return entry.credits;
        }
        Long documented = entry.byResolution.get(resolution);
        if (documented != null) {
            return documented;
        }
        if (entry.product.equals(Product.VIDEO) && resolution.equals("1080P")) {
            return BigDecimal.valueOf(entry.credits).multiply(HD_VIDEO_MULTIPLIER).setScale(0, RoundingMode.CEILING)
                    .longValueExact();
        }
        return entry.credits;
    }

    @Override
    public String toString() {
        return "PriceTable{" + PRICE_VERSION + ", " + entries.size() + " models}";
    }

    private static final class Entry {
        final Product product;
        final long credits;
        final Map<String, Long> byResolution = new LinkedHashMap<>();

        Entry(Product product, long credits) {
            this.product = product;
            this.credits = credits;
        }
    }
}
