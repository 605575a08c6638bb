package vn.bienphong.emulation.cluster.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestTokens;

/**
 * Our events as a consuming command system reads them: with the CloudEvents Java SDK, from the records
 * the relay put on the topic (the structured content mode of the CloudEvents Kafka binding).
 */
@QuarkusTest
class CloudEventsContractTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    @Test
    void shouldBeReadByTheCloudEventsSdkWithEveryRequiredAttribute() throws Exception {
        // a code of its own: other test classes register units on the same topic of this test run
        String code = "CE-CONTRACT-" + Long.toString(System.nanoTime() % 1_000_000_000L);
        RestAssured.given().auth().oauth2(TestTokens.council()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "BĐBP tỉnh Hà Giang", "kind", "PROVINCIAL_COMMAND"))
                .post("/api/v1/units").then().statusCode(201);

        List<ConsumerRecord<String, String>> records = EventTopicReader.read("cluster-events",
                v -> v.contains("\"" + code + "\""), 1, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);

        var message = KafkaMessageFactory.createReader(record.headers(), record.value().getBytes(StandardCharsets.UTF_8));
        assertThat(message.getEncoding()).isEqualTo(Encoding.STRUCTURED);
        CloudEvent event = message.toEvent();

        assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(event.getId()).isNotBlank();
        assertThat(event.getType()).isEqualTo("unit-registered.v1");
        assertThat(event.getSource().toString()).isNotBlank();
        assertThat(event.getTime()).isNotNull();
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        JsonNode data = new ObjectMapper().readTree(event.getData().toBytes());
        assertThat(data.path("code").asText()).isEqualTo(code);
        assertThat(data.path("name").asText()).isEqualTo("BĐBP tỉnh Hà Giang");
        assertThat(record.key()).as("keyed by the aggregate").isEqualTo(code);
    }
}
