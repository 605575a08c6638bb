package vn.bienphong.emulation.award.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The schemas application.properties gives the domain's enums in the OpenAPI document (for names that do not depend
 * on the order the scanner meets them) list exactly the constants of their enum, so the document cannot drift.
 */
class OpenApiEnumNamesTest {

    private static final String PREFIX = "mp.openapi.schema.";

    @Test
    void shouldListExactlyTheEnumsConstantsUnderAStableName() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = properties.stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX)).sorted().toList();
        assertThat(keys).hasSizeGreaterThanOrEqualTo(5);
        for (String key : keys) {
            Class<?> type = Class.forName(key.substring(PREFIX.length()));
            JsonNode schema = json(properties.getProperty(key));
            assertThat(type.isEnum()).as(key).isTrue();
            assertThat(schema.path("name").asText()).as(key).matches("[A-Z][A-Za-z]+").doesNotEndWith("1");
            List<String> listed = new java.util.ArrayList<>();
            schema.path("enum").forEach(v -> listed.add(v.asText()));
            assertThat(listed).as("the constants of " + type.getName())
                    .containsExactlyElementsOf(Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
        }
    }

    private static JsonNode json(String value) throws IOException {
        return new ObjectMapper().readTree(value);
    }
}
