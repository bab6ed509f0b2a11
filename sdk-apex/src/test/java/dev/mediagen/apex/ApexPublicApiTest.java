package dev.mediagen.apex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.testkit.ApiSurface;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module's public API shows no OkHttp, Jackson or core-internal type, and its models have no mutators. */
class ApexPublicApiTest {
    private final List<Class<?>> classes = ApiSurface.publicClasses(ApexClient.class);

    @Test
    void noPublicSignatureMentionsOkHttpJacksonOrCoreInternals() {
        assertThat(classes).contains(ApexClient.class, ApexClient.Builder.class, Job.class, ApexCosts.class);
        assertThat(ApiSurface.foreignTypes(classes)).isEmpty();
    }

    @Test
    void publicModelsHaveNoSettersAndNoPublicMutableFields() {
        assertThat(ApiSurface.mutators(classes)).isEmpty();
    }
}
