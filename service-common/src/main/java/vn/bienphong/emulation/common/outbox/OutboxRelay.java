package vn.bienphong.emulation.common.outbox;

import java.nio.charset.StandardCharsets;
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
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import vn.bienphong.emulation.common.jobs.DedicatedConnections;

/**
 * The service's outbox relay: runs one {@link RelayWorker} that sends the outbox to Kafka through
 * the SmallRye channel {@code outbox} (acks=all, idempotent producer) when this instance holds the
 * relay lock, woken after each commit that wrote to the outbox and every {@code poll-interval}.
 * Each record carries {@code ce_id}, {@code ce_type}, the row's extra headers and the trace context
 * of the request that wrote it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };
    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final OutboxConfig config;
    private final Emitter<String> emitter;
    private final MeterRegistry meters;
    private final ObjectMapper json;
    private final DedicatedConnections connections;
    private final String service;
    private volatile RelayWorker worker;

    public OutboxRelay(OutboxConfig config,
                       @Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096) Emitter<String> emitter,
                       MeterRegistry meters, ObjectMapper json, DedicatedConnections connections,
                       @ConfigProperty(name = "quarkus.application.name") String service) {
        this.config = config;
        this.emitter = emitter;
        this.meters = meters;
        this.json = json;
        this.connections = connections;
        this.service = service;
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

    /** Sends a row through the {@code outbox} channel; the stage completes on the broker's acknowledgement. */
    public OutboxSender kafkaSender() {
        return this::send;
    }

    private CompletionStage<Void> send(OutboxRow row) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", row.eventId().toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", row.type().getBytes(StandardCharsets.UTF_8));
        row.headers().forEach((name, value) -> {
            if (!"traceparent".equals(name) && !"tracestate".equals(name)) {
                headers.add(name, value.getBytes(StandardCharsets.UTF_8));
            }
        });
        // no content-type "application/cloudevents+json" header: SmallRye's Kafka connector would then
        // hand consumers a parsed JsonObject instead of the record's text
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), row.headers(), GETTER);
        Message<String> message = Message.of(row.payload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic())
                        .withKey(row.key())
                        .withHeaders(headers)
                        .build())
                .addMetadata(TracingMetadata.withPrevious(parent))
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        emitter.send(message);
        return acked;
    }

    @PreDestroy
    void stop() {
        suspend();
    }
}
