package vn.bienphong.emulation.award.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.bienphong.emulation.award.api.StandingsDtos;
import vn.bienphong.emulation.award.events.ReportEventsListener;
import vn.bienphong.emulation.award.persistence.StandingsStore;
import vn.bienphong.emulation.common.events.Topics;
import vn.bienphong.emulation.common.inbox.ProcessedEvents;

/**
 * Rebuilds every standing from the report topic: forgets the reports, totals and standings and
 * which report events were applied (one transaction), then reads {@code report-events} from its
 * start up to its end at the time of the request and applies each record through the listener,
 * as the live consumer would. The live consumer goes on meanwhile; an event both apply counts once.
 */
@ApplicationScoped
public class StandingsRebuild {

    private static final Logger LOG = Logger.getLogger(StandingsRebuild.class);

    private final StandingsStore store;
    private final ProcessedEvents processed;
    private final ReportEventsListener listener;
    private final String bootstrapServers;

    public StandingsRebuild(StandingsStore store, ProcessedEvents processed, ReportEventsListener listener,
                            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.store = store;
        this.processed = processed;
        this.listener = listener;
        this.bootstrapServers = bootstrapServers;
    }

    public synchronized StandingsDtos.RebuildResult rebuild() {
        QuarkusTransaction.requiringNew().run(() -> {
            store.clearForRebuild();
            processed.forget(ReportEventsListener.CONSUMER);
        });
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "award-service-rebuild-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        long read = 0;
        long applied = 0;
        long skipped = 0;
        long unprocessable = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REPORT_EVENTS, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> remaining = end.entrySet().stream()
                    .filter(e -> e.getValue() > 0).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            while (!remaining.isEmpty()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    Long stop = remaining.get(tp);
                    if (stop == null || record.offset() >= stop) {
                        continue;
                    }
                    read++;
                    try {
                        if (listener.apply(record.value())) {
                            applied++;
                        } else {
                            skipped++;
                        }
                    } catch (RuntimeException e) {
                        unprocessable++;
                        LOG.debugf("rebuild: record %s-%d@%d cannot be applied: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
                    }
                    if (record.offset() + 1 >= stop) {
                        remaining.remove(tp);
                    }
                }
                for (TopicPartition tp : List.copyOf(remaining.keySet())) {
                    if (consumer.position(tp) >= remaining.get(tp)) {
                        remaining.remove(tp);
                    }
                }
            }
        }
        LOG.infof("standings rebuilt from %s: %d records read, %d applied, %d skipped, %d unprocessable",
                Topics.REPORT_EVENTS, read, applied, skipped, unprocessable);
        return new StandingsDtos.RebuildResult(read, applied, skipped, unprocessable);
    }
}
