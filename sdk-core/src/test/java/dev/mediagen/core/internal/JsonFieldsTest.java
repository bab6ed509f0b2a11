package dev.mediagen.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {
    private static JsonNode parse(String json) {
        return JsonFields.object(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void onlyJsonObjectsAreBodies() {
        assertThat(JsonFields.object(new byte[0])).isNull();
        assertThat(parse("<html>")).isNull();
        assertThat(parse("[1]")).isNull();
        assertThat(parse("\"x\"")).isNull();
        assertThat(parse("{\"a\":1}")).isNotNull();
    }

    @Test
    void firstTextSkipsBlankNullAndStructuredValues() {
        JsonNode node = parse("{\"a\":\" \",\"b\":null,\"c\":{},\"d\":42,\"e\":\"x\"}");
        assertThat(JsonFields.firstText(node, "a", "b", "c", "d")).isEqualTo("42");
        assertThat(JsonFields.firstText(node, "missing", "e")).isEqualTo("x");
        assertThat(JsonFields.firstText(node, "a", "b")).isNull();
        assertThat(JsonFields.firstText(null, "a")).isNull();
    }

    @Test
    void decimalsReadNumbersAndNumericStringsExactly() {
        JsonNode node = parse("{\"a\":\"0.1800\",\"b\":1.96,\"c\":\"n/a\",\"d\":true}");
        assertThat(JsonFields.firstDecimal(node, "c", "a")).isEqualByComparingTo("0.18").hasToString("0.1800");
        assertThat(JsonFields.firstDecimal(node, "b")).isEqualByComparingTo("1.96");
        assertThat(JsonFields.firstDecimal(node, "c", "d", "missing")).isNull();
    }
}
