package vn.bienphong.emulation.common.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.bienphong.emulation.common.jobs.DedicatedConnections;

/**
 * The service's outbox relay: runs one {@link RelayWorker} that sends the outbox to Kafka with a
 * producer of its own (acks=all, idempotent, {@code delivery.timeout.ms} = {@code emulation.outbox.delivery-timeout})
 * when this instance holds the relay lock, woken after each commit that wrote to the outbox and
 * every {@code poll-interval}. Each record is a CloudEvent in the structured content mode of the
 * CloudEvents Kafka binding ({@code content-type: application/cloudevents+json; charset=UTF-8}, the
 * event with its attributes and data as the value, the aggregate's key as the record's key), with the
 * row's extra headers and the W3C trace context ({@code traceparent}) of the request that wrote it.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The record header naming the value's media type, as the CloudEvents Kafka binding names it. */
    public static final String CONTENT_TYPE = "content-type";
    public static final String STRUCTURED_CLOUD_EVENT = "application/cloudevents+json; charset=UTF-8";

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final OutboxConfig config;
    private final MeterRegistry meters;
    private final ObjectMapper json;
    private final DedicatedConnections connections;
    private final String service;
    private final String bootstrapServers;
    private volatile KafkaProducer<String, String> producer;
    private volatile RelayWorker worker;

    public OutboxRelay(OutboxConfig config, MeterRegistry meters, ObjectMapper json, DedicatedConnections connections,
                       @ConfigProperty(name = "quarkus.application.name") String service,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.meters = meters;
        this.json = json;
        this.connections = connections;
        this.service = service;
        this.bootstrapServers = bootstrapServers;
    }

    /** After the messaging layer has wired its channels (it observes startup at a library priority). */
    void onStart(@Observes StartupEvent event) {
        Gauge.builder("emulation.outbox.relay.leader", this, r -> r.isLeader() ? 1 : 0)
                .description("1 when this instance relays the service's outbox").register(meters);
        Gauge.builder("emulation.outbox.relay.outage", this, r -> r.inOutage() ? 1 : 0)
                .description("1 while the broker does not take the events of the outbox").register(meters);
        resume();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        requestRelay();
    }

    public void requestRelay() {
        RelayWorker w = worker;
        if (w != null) {
            w.wake();
        }
    }

    public boolean isLeader() {
        RelayWorker w = worker;
        return w != null && w.isLeader();
    }

    public boolean inOutage() {
        RelayWorker w = worker;
        return w != null && w.inOutage();
    }

    /** Stops this instance's relay and gives up the relay lock (another instance, or {@link #resume()}, takes over). */
    public synchronized void suspend() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }

    public synchronized void resume() {
        if (worker == null) {
            worker = newWorker(service + "-outbox-relay", kafkaSender()).start();
        }
    }

    /** A relay of this service's outbox with the sender given (not started); tests make a second one to play a second instance. */
    public RelayWorker newWorker(String name, OutboxSender sender) {
        return new RelayWorker(name, () -> connections.open(name), sender, config, this::readHeaders, meters);
    }

    private Map<String, String> readHeaders(String text) {
        try {
            return json.readValue(text, HEADERS);
        } catch (Exception e) {
            return Map.of();
        }
    }

    /** Sends a row with the relay's producer; the stage completes on the broker's acknowledgement. */
    public OutboxSender kafkaSender() {
        return this::send;
    }

    private CompletionStage<Void> send(OutboxRow row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
        // the structured content mode of the CloudEvents Kafka binding: the value is the whole event
        record.headers().add(CONTENT_TYPE, STRUCTURED_CLOUD_EVENT.getBytes(StandardCharsets.UTF_8));
        row.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        CompletableFuture<Void> acked = new CompletableFuture<>();
        try {
            producer().send(record, (metadata, failure) -> {
                if (failure == null) {
                    acked.complete(null);
                } else {
                    acked.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            synchronized (this) {
                if (producer == null) {
                    Properties props = new Properties();
                    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
                    props.put(ProducerConfig.CLIENT_ID_CONFIG, service + "-outbox");
                    props.put(ProducerConfig.ACKS_CONFIG, "all");
                    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
                    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
                    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.deliveryTimeout().toMillis());
                    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                            (int) Math.min(config.requestTimeout().toMillis(), config.deliveryTimeout().toMillis() - 10));
                    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, config.maxBlock().toMillis());
                    producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
                }
                p = producer;
            }
        }
        return p;
    }

    @PreDestroy
    void stop() {
        suspend();
        KafkaProducer<String, String> p = producer;
        if (p != null) {
            p.close(Duration.ofSeconds(5));
        }
    }
}
