package dev.mediagen.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.mediagen.core.internal.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtensibleEnumTest {
    static final class Status extends ExtensibleEnum {
        static final Status PENDING = new Status("pending", true);
        static final Status COMPLETED = new Status("completed", true);
        private static final Map<String, Status> KNOWN = index(PENDING, COMPLETED);

        private Status(String value, boolean known) {
            super(value, known);
        }

        @JsonCreator
        static Status of(String value) {
            return lookup(KNOWN, value, v -> new Status(v, false));
        }
    }

    static final class Task {
        String taskId;
        Status status;
        BigDecimal estimatedCost;
        Instant createdAt;
        Instant completedAt;
    }

    @Test
    void unknownValuesAreKeptNotRejected() {
        Status weird = Status.of("weird");
        assertThat(weird.isKnown()).isFalse();
        assertThat(weird.asString()).isEqualTo("weird");
        assertThat(Status.of("pending")).isSameAs(Status.PENDING);
        assertThat(Status.of("pending").isKnown()).isTrue();
        assertThat(Status.of("weird")).isEqualTo(weird).hasSameHashCodeAs(weird);
    }

    @Test
    void modelsParseLenientlyWithTheVendorMapper() throws Exception {
        String json = "{\"task_id\":\"t1\",\"status\":\"brand_new_status\",\"estimated_cost\":\"0.1800\","
                + "\"created_at\":\"2026-02-06T11:45:23.437070\",\"completed_at\":1770378323,\"surprise\":{\"a\":[1]}}";

        Task task = Json.snakeCase().readValue(json, Task.class);

        assertThat(task.taskId).isEqualTo("t1");
        assertThat(task.status.isKnown()).isFalse();
        assertThat(task.status.asString()).isEqualTo("brand_new_status");
        assertThat(task.estimatedCost).isEqualByComparingTo("0.18").hasToString("0.1800");
        assertThat(task.createdAt).isEqualTo(Instant.parse("2026-02-06T11:45:23.437070Z"));
        assertThat(task.completedAt).isEqualTo(Instant.ofEpochSecond(1770378323));
    }

    @Test
    void enumsWriteAsTheirStringAndNullsAreOmitted() throws Exception {
        Task task = new Task();
        task.taskId = "t1";
        task.status = Status.of("x-new");

        assertThat(Json.snakeCase().writeValueAsString(task)).isEqualTo("{\"task_id\":\"t1\",\"status\":\"x-new\"}");
        assertThat(Json.camelCase().writeValueAsString(task)).isEqualTo("{\"taskId\":\"t1\",\"status\":\"x-new\"}");
    }
}
