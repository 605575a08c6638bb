package vn.bienphong.emulation.cluster.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.common.events.EventTopicSetup;
import vn.bienphong.emulation.infra.testing.KafkaTestResource;

/** The topics are the project's own: created with explicit settings, read back from the real broker. */
@QuarkusTest
class TopicSettingsTest {

    private static final String THIRTY_DAYS_MS = Long.toString(Duration.ofDays(30).toMillis());

    @Inject
    EventTopicSetup setup;

    private Admin admin;

    @BeforeEach
    void connect() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        admin = Admin.create(props);
    }

    @AfterEach
    void disconnect() {
        admin.close();
    }

    @Test
    void shouldKeepEveryEventForGoodAndDeadLettersForThirtyDays() throws Exception {
        Map<String, Config> configs = configs(List.of("cluster-events", "report-events", "award-events", "award-events.dlq.cluster-service"));
        for (String topic : List.of("cluster-events", "report-events", "award-events")) {
            assertThat(value(configs, topic, "retention.ms")).as(topic).isEqualTo("-1");
            assertThat(value(configs, topic, "retention.bytes")).as(topic).isEqualTo("-1");
            assertThat(value(configs, topic, "cleanup.policy")).as(topic).isEqualTo("delete");
            assertThat(value(configs, topic, "min.insync.replicas")).as(topic).isEqualTo("1");
        }
        assertThat(value(configs, "award-events.dlq.cluster-service", "retention.ms")).isEqualTo(THIRTY_DAYS_MS);
        assertThat(value(configs, "award-events.dlq.cluster-service", "cleanup.policy")).isEqualTo("delete");

        Map<String, TopicDescription> topics = admin.describeTopics(List.of("cluster-events", "report-events", "award-events"))
                .allTopicNames().get(10, TimeUnit.SECONDS);
        assertThat(topics.values()).allSatisfy(d -> {
            assertThat(d.partitions()).hasSize(3);
            assertThat(d.partitions()).allSatisfy(p -> assertThat(p.replicas()).hasSize(1));
        });
    }

    @Test
    void shouldCorrectATopicThatKeepsItsEventsOnlyAWeek() throws Exception {
        // as a topic created by a broker's defaults would be
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "report-events");
        Map<ConfigResource, Collection<AlterConfigOp>> weekOnly = Map.of(topic,
                List.of(new AlterConfigOp(new ConfigEntry("retention.ms", "604800000"), AlterConfigOp.OpType.SET)));
        admin.incrementalAlterConfigs(weekOnly).all().get(10, TimeUnit.SECONDS);
        assertThat(value(configs(List.of("report-events")), "report-events", "retention.ms")).isEqualTo("604800000");

        List<String> created = setup.ensure(Duration.ofSeconds(10));

        assertThat(created).isEmpty();
        assertThat(value(configs(List.of("report-events")), "report-events", "retention.ms")).isEqualTo("-1");
    }

    @Test
    void shouldFindNoTopicTheBrokerCreatedByItself() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1500);
        String unknown = "no-such-topic-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(unknown, "k", "v")).get(5, TimeUnit.SECONDS))
                    .hasMessageContaining("not present in metadata");
        }
    }

    private Map<String, Config> configs(List<String> topics) throws Exception {
        Map<ConfigResource, Config> found = admin.describeConfigs(topics.stream()
                .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList()).all().get(10, TimeUnit.SECONDS);
        return found.entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
    }

    private static String value(Map<String, Config> configs, String topic, String key) {
        return configs.get(topic).get(key).value();
    }
}
