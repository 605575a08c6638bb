package vn.bienphong.emulation.common.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.TestEvents;
import vn.bienphong.emulation.infra.testing.AsyncApiContract;

/** docs/asyncapi.yaml describes every event type of the system, on its topic, and its own examples keep to it. */
class EventTypesInAsyncApiTest {

    private final AsyncApiContract contract = AsyncApiContract.load();

    @Test
    void shouldDescribeEveryEventTypeAndNoOther() {
        assertThat(contract.eventTypes()).containsExactlyInAnyOrderElementsOf(EventTypes.ALL);
    }

    @Test
    void shouldPutEachTypeOnTheTopicOfTheServiceThatPublishesIt() {
        assertThat(contract.topicOf(EventTypes.UNIT_REGISTERED)).isEqualTo(Topics.CLUSTER_EVENTS);
        assertThat(contract.topicOf(EventTypes.CHAIR_HANDOVER_FAILED)).isEqualTo(Topics.CLUSTER_EVENTS);
        assertThat(contract.topicOf(EventTypes.REPORT_AMENDED)).isEqualTo(Topics.REPORT_EVENTS);
        assertThat(contract.topicOf(EventTypes.DECISION_ISSUED)).isEqualTo(Topics.AWARD_EVENTS);
        assertThat(Topics.EVENT_TOPICS).containsAll(EventTypes.ALL.stream().map(contract::topicOf).toList());
    }

    @Test
    void shouldGiveEachTypeAnExampleThatValidatesAgainstItsOwnSchema() {
        assertThat(contract.exampleViolations()).isEmpty();
    }

    @Test
    void shouldRefuseARecordOfAnUndocumentedTypeOrWithDataOffTheSchema() {
        assertThat(contract.violations(record(Topics.CLUSTER_EVENTS, "BDBP-HA-GIANG",
                TestEvents.envelope("unit-merged.v1", "/cluster-service", "unit/BDBP-HA-GIANG", Map.of("code", "BDBP-HA-GIANG")))))
                .singleElement().asString().contains("'unit-merged.v1' has no message");

        String offSchema = TestEvents.envelope(EventTypes.UNIT_REGISTERED, "/cluster-service", "unit/BDBP-HA-GIANG",
                Map.of("code", "BDBP-HA-GIANG", "name", "BĐBP tỉnh Hà Giang", "kind", "PROVINCE", "extra", 1));
        assertThat(String.join("\n", contract.violations(record(Topics.CLUSTER_EVENTS, "BDBP-HA-GIANG", offSchema))))
                .contains("kind").contains("extra");
        assertThat(contract.violations(record(Topics.REPORT_EVENTS, "BDBP-HA-GIANG", offSchema)))
                .anySatisfy(v -> assertThat(v).contains("documented on cluster-events"));

        String valid = TestEvents.envelope(EventTypes.UNIT_REGISTERED, "/cluster-service", "unit/BDBP-HA-GIANG",
                Map.of("code", "BDBP-HA-GIANG", "name", "BĐBP tỉnh Hà Giang", "kind", "PROVINCIAL_COMMAND"));
        assertThat(contract.violations(record(Topics.CLUSTER_EVENTS, "BDBP-HA-GIANG", valid))).isEmpty();
        assertThat(contract.violations(record(Topics.CLUSTER_EVENTS, "BDBP-HA-GIANG", valid.replace("\"1.0\"", "\"0.3\""))))
                .isNotEmpty();
    }

    private static ConsumerRecord<String, String> record(String topic, String key, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>(topic, 0, 0L, key, value);
        record.headers().add("content-type", AsyncApiContract.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
