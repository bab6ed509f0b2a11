package dev.mediagen.rynjer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.testkit.ApiSurface;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module's public API shows no OkHttp, Jackson or core-internal type, and its models have no mutators. */
class RynjerPublicApiTest {
    private final List<Class<?>> classes = ApiSurface.publicClasses(RynjerClient.class);

    @Test
    void noPublicSignatureMentionsOkHttpJacksonOrCoreInternals() {
        assertThat(classes).contains(RynjerClient.class, RynjerClient.Builder.class, Generation.class, PriceTable.class);
        assertThat(ApiSurface.foreignTypes(classes)).isEmpty();
    }

    @Test
    void publicModelsHaveNoSettersAndNoPublicMutableFields() {
        assertThat(ApiSurface.mutators(classes)).isEmpty();
    }
}
