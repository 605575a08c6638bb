package vn.bienphong.emulation.common.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Sends the outbox to Kafka, oldest first, at least once: a row is marked sent only after the
 * broker acknowledged it (acks=all). It runs right after a transaction that wrote to the outbox
 * commits, and every second ({@link OutboxPoller}) in case a wake-up was missed or a send failed. Rows are taken
 * {@code FOR UPDATE SKIP LOCKED}, so several instances of a service can relay side by side.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager em;
    private final Emitter<String> emitter;
    private final int batchSize;
    private final long sendTimeoutMillis;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService relayThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });

    public OutboxRelay(EntityManager em, @Channel("outbox") Emitter<String> emitter, OutboxConfig config) {
        this.em = em;
        this.emitter = emitter;
        this.batchSize = config.batchSize();
        this.sendTimeoutMillis = config.sendTimeout().toMillis();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        requestRelay();
    }

    /** Asks the relay thread to drain the outbox; requests that pile up while it works are served by one pass. */
    public void requestRelay() {
        pending.set(true);
        relayThread.execute(this::drain);
    }

    private void drain() {
        if (!pending.getAndSet(false)) {
            return;
        }
        try {
            while (relayBatch() == batchSize) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "outbox relay pass failed; the next pass retries");
        }
    }

    /** Sends one batch in one transaction; returns how many rows were sent (fewer than a batch ends the pass). */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<OutboxEvent> batch = em.createNativeQuery(
                            "SELECT * FROM outbox_event WHERE sent_at IS NULL ORDER BY seq LIMIT ?1 FOR UPDATE SKIP LOCKED",
                            OutboxEvent.class)
                    .setParameter(1, batchSize)
                    .getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
            for (OutboxEvent row : batch) {
                acks.add(send(row));
            }
            long deadline = System.currentTimeMillis() + sendTimeoutMillis;
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            int sent = 0;
            for (int i = 0; i < batch.size(); i++) {
                OutboxEvent row = batch.get(i);
                try {
                    acks.get(i).get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                    row.sentAt = now;
                    sent++;
                } catch (Exception e) {
                    row.attempts++;
                    LOG.warnf("event %s (%s) not sent to %s, attempt %d: %s", row.eventId, row.eventType, row.topic,
                            row.attempts, e.getMessage());
                }
            }
            return sent;
        });
    }

    private CompletableFuture<Void> send(OutboxEvent row) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", row.eventId.toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", row.eventType.getBytes(StandardCharsets.UTF_8));
        // no content-type "application/cloudevents+json" header: SmallRye's Kafka connector would then
        // hand consumers a parsed JsonObject instead of the record's text
        Message<String> message = Message.of(row.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic)
                        .withKey(row.eventKey)
                        .withHeaders(headers)
                        .build())
                .withAck(() -> {
                    acked.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acked.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            acked.completeExceptionally(e);
        }
        return acked;
    }

    @PreDestroy
    void stop() {
        relayThread.shutdown();
    }
}
