package dev.mediagen.core.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The SDK's JSON configuration, one mapper per vendor naming style. Models are bound through their fields
 * (getters may return {@code Optional}), unknown properties are ignored, nulls are omitted when writing,
 * decimals read as BigDecimal, and instants accept ISO-8601 with or without offset and epoch numbers.
 */
public final class Json {
    private static final ObjectMapper SNAKE = create(true);
    private static final ObjectMapper CAMEL = create(false);

    private Json() {
    }

    /** The mapper for vendors that speak snake_case. */
    public static ObjectMapper snakeCase() {
        return SNAKE;
    }

    /** The mapper for vendors that speak camelCase. */
    public static ObjectMapper camelCase() {
        return CAMEL;
    }

    private static ObjectMapper create(boolean snake) {
        SimpleModule lenientTime = new SimpleModule("mediagen-lenient-time");
        lenientTime.addDeserializer(Instant.class, new LenientInstantDeserializer());
        JsonMapper.Builder builder = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(lenientTime)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(MapperFeature.AUTO_DETECT_GETTERS)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .disable(MapperFeature.AUTO_DETECT_SETTERS)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
        if (snake) {
            builder.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        }
        return builder.build();
    }

    /** Reads ISO-8601 instants with an offset, local date-times as UTC, and epoch seconds or milliseconds. */
    static final class LenientInstantDeserializer extends JsonDeserializer<Instant> {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken().isNumeric()) {
                long value = p.getLongValue();
                return value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
            }
            String text = p.getValueAsString();
            if (text == null || text.isBlank()) {
                return null;
            }
            return parse(text.trim());
        }

        static Instant parse(String text) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException e2) {
                    try {
                        return Instant.parse(text);
                    } catch (DateTimeParseException e3) {
                        return null;
                    }
                }
            }
        }
    }
}
