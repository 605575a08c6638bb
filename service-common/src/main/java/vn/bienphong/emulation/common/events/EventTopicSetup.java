package vn.bienphong.emulation.common.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import io.quarkus.runtime.StartupEvent;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the topics with explicit settings when the service starts, before its Kafka channels
 * connect: the three event topics (kept for good: {@code retention.ms=-1}, {@code cleanup.policy=delete})
 * and the dead-letter topics of the topics this service consumes ({@code <topic>.dlq.<service>},
 * kept {@code emulation.topics.dead-letter-retention}). An existing topic whose settings differ is
 * corrected; its partitions are left as they are. The broker creates nothing by itself. When the
 * broker cannot be reached at start the service goes on (it still accepts requests; the outbox
 * holds its events) and tries again in the background.
 */
@ApplicationScoped
public class EventTopicSetup {

    private static final Logger LOG = Logger.getLogger(EventTopicSetup.class);

    private final TopicSettings settings;
    private final String bootstrapServers;
    private final String service;
    private final Config config;
    private volatile boolean done;

    public EventTopicSetup(TopicSettings settings, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                           @ConfigProperty(name = "quarkus.application.name") String service, Config config) {
        this.settings = settings;
        this.bootstrapServers = bootstrapServers;
        this.service = service;
        this.config = config;
    }

    /** Before the messaging layer wires its channels (it observes startup at {@code LIBRARY_BEFORE}). */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (!settings.manage()) {
            return;
        }
        try {
            ensure(settings.setupTimeout());
        } catch (RuntimeException e) {
            LOG.warnf("the topics could not be set up at start (%s); trying again in the background", describe(e));
            Thread retry = new Thread(this::retryUntilDone, "topic-setup");
            retry.setDaemon(true);
            retry.start();
        }
    }

    private void retryUntilDone() {
        long wait = 1_000;
        while (!done) {
            try {
                Thread.sleep(wait);
                ensure(settings.setupTimeout());
                LOG.info("the topics are set up");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                wait = Math.min(wait * 2, 60_000);
                LOG.debugf("topic setup failed again: %s", describe(e));
            }
        }
    }

    public boolean isDone() {
        return done;
    }

    /** Every topic this service needs and the settings it must have. */
    public Map<String, Map<String, String>> wanted() {
        Map<String, Map<String, String>> topics = new LinkedHashMap<>();
        for (String topic : Topics.EVENT_TOPICS) {
            topics.put(topic, eventTopicConfig());
        }
        for (String consumed : consumedTopics()) {
            topics.put(Topics.deadLetterTopic(consumed, service), deadLetterTopicConfig());
        }
        return topics;
    }

    Map<String, String> eventTopicConfig() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
        c.put(TopicConfig.RETENTION_MS_CONFIG, "-1");
        c.put(TopicConfig.RETENTION_BYTES_CONFIG, "-1");
        c.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(settings.minInsyncReplicas()));
        return c;
    }

    Map<String, String> deadLetterTopicConfig() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
        c.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(settings.deadLetterRetention().toMillis()));
        c.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(settings.minInsyncReplicas()));
        return c;
    }

    /** The topics of this service's incoming channels ({@code mp.messaging.incoming.<channel>.topic}). */
    Set<String> consumedTopics() {
        Set<String> topics = new TreeSet<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic")) {
                config.getOptionalValue(name, String.class).ifPresent(topics::add);
            }
        }
        return topics;
    }

    /** Creates what is missing and corrects what differs; returns the names of the topics created. */
    public synchronized List<String> ensure(Duration timeout) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 10_000));
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, service + "-topic-setup");
        Map<String, Map<String, String>> wanted = wanted();
        List<String> created = new ArrayList<>();
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = new ArrayList<>();
            wanted.forEach((topic, topicConfig) -> {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, settings.partitions(), settings.replicationFactor()).configs(topicConfig));
                }
            });
            if (!missing.isEmpty()) {
                var results = admin.createTopics(missing).values();
                for (NewTopic topic : missing) {
                    try {
                        results.get(topic.name()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                        created.add(topic.name());
                        LOG.infof("created topic %s: %d partitions, replication factor %d, %s", topic.name(),
                                topic.numPartitions(), topic.replicationFactor(), topic.configs());
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e; // another instance may have created it a moment ago: that is fine
                        }
                    }
                }
            }
            correctSettings(admin, wanted, timeout);
            warnAboutPartitions(admin, wanted.keySet(), timeout);
            done = true;
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up the topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker at " + bootstrapServers + " did not answer: " + describe(e), e);
        }
    }

    private void correctSettings(Admin admin, Map<String, Map<String, String>> wanted, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<ConfigResource> resources = wanted.keySet().stream()
                .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
        Map<ConfigResource, org.apache.kafka.clients.admin.Config> actual = admin.describeConfigs(resources).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        for (ConfigResource resource : resources) {
            org.apache.kafka.clients.admin.Config current = actual.get(resource);
            List<AlterConfigOp> ops = new ArrayList<>();
            wanted.get(resource.name()).forEach((key, value) -> {
                ConfigEntry entry = current == null ? null : current.get(key);
                if (entry == null || !value.equals(entry.value())) {
                    ops.add(new AlterConfigOp(new ConfigEntry(key, value), AlterConfigOp.OpType.SET));
                    LOG.infof("topic %s: %s %s -> %s", resource.name(), key, entry == null ? "(unset)" : entry.value(), value);
                }
            });
            if (!ops.isEmpty()) {
                changes.put(resource, ops);
            }
        }
        if (!changes.isEmpty()) {
            admin.incrementalAlterConfigs(changes).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void warnAboutPartitions(Admin admin, Set<String> topics, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames()
                .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        descriptions.forEach((name, d) -> {
            if (d.partitions().size() != settings.partitions()) {
                LOG.infof("topic %s has %d partitions (emulation.topics.partitions=%d applies to new topics only)",
                        name, d.partitions().size(), settings.partitions());
            }
        });
    }

    private static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
