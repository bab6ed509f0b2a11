package dev.mediagen.apex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The documented prices, offline. */
class ApexCostsTest {
    private final ApexCosts costs = ApexCosts.standard();

    @Test
    void everyEndpointHasItsDocumentedPrice() {
        assertThat(costs.of(JobKind.IMAGE)).isEqualTo(CreditCost.exactly(10));
        assertThat(costs.of(JobKind.VIDEO)).isEqualTo(CreditCost.exactly(250));
        assertThat(costs.of(JobKind.VOICE)).isEqualTo(CreditCost.exactly(80));
        assertThat(costs.of(JobKind.AVATAR)).isEqualTo(CreditCost.exactly(750));
        assertThat(costs.of(JobKind.CLIP)).isEqualTo(CreditCost.exactly(30));
        assertThat(costs.of(JobKind.B_ROLL)).isEqualTo(CreditCost.exactly(150));
        assertThat(costs.of(JobKind.TEXT2VIDEO)).isEqualTo(CreditCost.exactly(250));
        assertThat(costs.of(JobKind.COMMERCIAL)).isEqualTo(CreditCost.exactly(3000));
        assertThat(costs.of(JobKind.TRANSLATE)).isEqualTo(CreditCost.exactly(1800));
        assertThat(costs.of(JobKind.INSTANT_AD)).isEqualTo(CreditCost.between(500, 1250));
        assertThat(costs.of(JobKind.PHOTOSHOOT)).isEqualTo(CreditCost.exactly(30));
        assertThat(ApexCosts.VOICE_CLONE).isEqualTo(80);
        assertThat(ApexCosts.OUTBOUND_CALL_PER_MINUTE).isEqualTo(10);
    }

    @Test
    void estimatesAddUpAndRangesStayRanges() {
        CreditCost campaign = costs.estimate(ApexSimulatorScenarioTest.photoshoot(4))
                .plus(costs.estimate(ApexSimulatorScenarioTest.bRoll()));
        assertThat(campaign.exact()).hasValue(180);
        CreditCost ads = costs.estimate(InstantAdRequest.builder().websiteUrl("https://x.example")
                .platform(Platform.TIKTOK).count(2).style(AdStyle.BOLD).build()).times(2);
        assertThat(ads.isExact()).isFalse();
        assertThat(ads.min()).isEqualTo(1000);
        assertThat(ads.max()).isEqualTo(2500);
        assertThat(ads.toString()).isEqualTo("1000-2500 credits");
    }

    @Test
    void callsAreChargedPerStartedMinute() {
        assertThat(costs.call(Duration.ZERO)).isZero();
        assertThat(costs.call(Duration.ofSeconds(1))).isEqualTo(10);
        assertThat(costs.call(Duration.ofSeconds(60))).isEqualTo(10);
        assertThat(costs.call(Duration.ofSeconds(61))).isEqualTo(20);
        assertThat(costs.call(Duration.ofMillis(60_001))).isEqualTo(20);
    }

    @Test
    void unknownKindsHaveNoPrice() {
        assertThat(costs.find(JobKind.of("music"))).isEmpty();
        assertThatThrownBy(() -> costs.of(JobKind.of("music"))).isInstanceOf(IllegalArgumentException.class);
    }
}
