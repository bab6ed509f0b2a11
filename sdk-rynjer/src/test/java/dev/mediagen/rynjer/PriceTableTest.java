package dev.mediagen.rynjer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The offline price table follows the seed's pricing page. */
class PriceTableTest {
    private final PriceTable table = PriceTable.standard();

    private long credits(String model, Units units) {
        return table.credits(model, units).orElseThrow();
    }

    @Test
    void basePricesAreTheSeeds() {
        assertThat(credits("google/nano-banana", null)).isEqualTo(8);
        assertThat(credits("nano-banana-pro", null)).isEqualTo(20);
        assertThat(credits("sora-2-pro", null)).isEqualTo(330);
        assertThat(credits("V4_5PLUS", null)).isEqualTo(30);
        assertThat(table.models()).hasSize(20);
        assertThat(table.product("veo3_fast")).hasValue(Product.VIDEO);
        assertThat(table.product("V4")).hasValue(Product.MUSIC);
    }

    @Test
    void countMultipliesAndDocumentedResolutionsReplaceTheBase() {
        assertThat(credits("nano-banana-pro", Units.count(8))).isEqualTo(160);
        assertThat(credits("nano-banana-pro", Units.builder().count(2).resolution("4k").build())).isEqualTo(80);
        assertThat(credits("nano-banana-pro", Units.builder().resolution("1K").build())).isEqualTo(20);
        assertThat(credits("veo3", Units.builder().resolution("1080p").build())).isEqualTo(350);
        assertThat(credits("wan-2.6", Units.builder().resolution("1080p").build())).isEqualTo(300);
    }

    @Test
    void otherVideoAt1080pCostsAbout1Point8TimesRoundedUp() {
        assertThat(credits("sora-2", Units.builder().resolution("1080p").build())).isEqualTo(18);
        assertThat(credits("doubao-seedance-1.0-pro-fast", Units.builder().resolution("1080p").build())).isEqualTo(72);
        assertThat(credits("sora-2", Units.builder().resolution("720p").build())).isEqualTo(10);
        assertThat(credits("z-image", Units.builder().resolution("1080p").build())).isEqualTo(20);
    }

    @Test
    void unknownModelsHaveNoPriceAndEstimatesSayTheyAreOffline() {
        assertThat(table.credits("not-a-model", null)).isEmpty();
        assertThat(table.estimate(EstimateParams.builder().model("not-a-model").build())).isEmpty();

        CreditEstimate estimate = table.estimate(EstimateParams.builder().model("nano-banana-pro")
                .units(Units.builder().count(4).resolution("4K").build()).build()).orElseThrow();

        assertThat(estimate.isOffline()).isTrue();
        assertThat(estimate.estimatedCredits()).isEqualTo(160);
        assertThat(estimate.priceVersion()).hasValue(PriceTable.PRICE_VERSION);
        assertThat(estimate.breakdown()).containsEntry("per_output", 40L).containsEntry("count", 4);
    }
}
