package vn.bienphong.emulation.common.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code emulation.consumer.lag{topic, group}}: how many records of each topic this service
 * consumes are not yet applied (the end of each partition less the group's committed offset),
 * measured every {@code emulation.inbox.lag-interval} with Kafka's Admin client, for every incoming
 * channel of the service ({@code mp.messaging.incoming.<channel>.topic} and {@code .group.id}).
 */
@ApplicationScoped
public class ConsumerLag {

    private static final Logger LOG = Logger.getLogger(ConsumerLag.class);

    private final MeterRegistry meters;
    private final Config config;
    private final InboxConfig inbox;
    private final String bootstrapServers;
    private final Map<String, Double> lags = new ConcurrentHashMap<>();
    private Admin admin;
    private boolean failing;

    public ConsumerLag(MeterRegistry meters, Config config, InboxConfig inbox,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.meters = meters;
        this.config = config;
        this.inbox = inbox;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent event, Scheduler scheduler) {
        Map<String, String> groups = topicsAndGroups();
        groups.forEach((topic, group) -> {
            lags.put(topic, Double.NaN);
            Gauge.builder("emulation.consumer.lag", lags, l -> l.getOrDefault(topic, Double.NaN))
                    .description("records of the topic not yet applied by this service's consumer group")
                    .tags("topic", topic, "group", group).register(meters);
        });
        if (!groups.isEmpty()) {
            scheduler.newJob("consumer-lag").setInterval(inbox.lagInterval().toSeconds() + "s")
                    .setConcurrentExecution(io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
                    .setTask(execution -> measure()).schedule();
        }
    }

    /** topic → consumer group of this service's incoming channels. */
    Map<String, String> topicsAndGroups() {
        Map<String, String> groups = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic")) {
                String channel = name.substring("mp.messaging.incoming.".length(), name.length() - ".topic".length());
                config.getOptionalValue(name, String.class).ifPresent(topic -> groups.put(topic,
                        config.getOptionalValue("mp.messaging.incoming." + channel + ".group.id", String.class)
                                .orElse(config.getOptionalValue("quarkus.application.name", String.class).orElse(channel))));
            }
        }
        return groups;
    }

    /** Measures the lag of every consumed topic now; returns topic → lag. */
    public synchronized Map<String, Double> measure() {
        try {
            if (admin == null) {
                Properties props = new Properties();
                props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
                props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
                props.put(AdminClientConfig.CLIENT_ID_CONFIG, "consumer-lag");
                admin = Admin.create(props);
            }
            for (Map.Entry<String, String> tg : topicsAndGroups().entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(tg.getValue())
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                var partitions = admin.describeTopics(java.util.List.of(tg.getKey())).allTopicNames().get(10, TimeUnit.SECONDS)
                        .get(tg.getKey()).partitions();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                partitions.forEach(p -> latest.put(new TopicPartition(tg.getKey(), p.partition()), OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                long lag = 0;
                for (var end : ends.entrySet()) {
                    OffsetAndMetadata done = committed.get(end.getKey());
                    lag += Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
                }
                lags.put(tg.getKey(), (double) lag);
            }
            failing = false;
        } catch (Exception e) {
            if (!failing) {
                LOG.warnf("the consumer lag cannot be measured now (%s); it is tried again every %d s",
                        Failures.describe(e), inbox.lagInterval().toSeconds());
            }
            failing = true;
        }
        return Map.copyOf(lags);
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
