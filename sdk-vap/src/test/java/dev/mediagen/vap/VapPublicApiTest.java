package dev.mediagen.vap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mediagen.testkit.ApiSurface;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The module's public API shows no OkHttp, Jackson or core-internal type, and its models have no mutators. */
class VapPublicApiTest {
    private final List<Class<?>> classes = ApiSurface.publicClasses(VapClient.class);

    @Test
    void noPublicSignatureMentionsOkHttpJacksonOrCoreInternals() {
        assertThat(classes).contains(VapClient.class, Task.class, VapTaskService.class, VapWebhooks.class);
        assertThat(ApiSurface.foreignTypes(classes)).isEmpty();
    }

    @Test
    void publicModelsHaveNoSettersAndNoPublicMutableFields() {
        assertThat(ApiSurface.mutators(classes)).isEmpty();
    }
}
