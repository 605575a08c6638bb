package vn.bienphong.emulation.common.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.hibernate.Session;
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

    private static final String SELECT_UNSENT = """
            SELECT seq, event_id, topic, event_key, event_type, payload, attempts FROM outbox_event
            WHERE sent_at IS NULL ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED""";
    private static final String MARK_SENT = "UPDATE outbox_event SET sent_at = now() WHERE seq = ANY (?)";
    private static final String COUNT_ATTEMPT = "UPDATE outbox_event SET attempts = attempts + 1 WHERE seq = ANY (?)";

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
        return QuarkusTransaction.requiringNew().call(() -> em.unwrap(Session.class).doReturningWork(connection -> {
            List<Pending> batch = new ArrayList<>(batchSize);
            try (PreparedStatement select = connection.prepareStatement(SELECT_UNSENT)) {
                select.setInt(1, batchSize);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        batch.add(new Pending(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                                rows.getString(4), rows.getString(5), rows.getString(6), rows.getInt(7)));
                    }
                }
            }
            if (batch.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
            for (Pending row : batch) {
                acks.add(send(row));
            }
            long deadline = System.currentTimeMillis() + sendTimeoutMillis;
            List<Long> sent = new ArrayList<>(batch.size());
            List<Long> failed = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                Pending row = batch.get(i);
                try {
                    acks.get(i).get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                    sent.add(row.seq());
                } catch (Exception e) {
                    failed.add(row.seq());
                    LOG.warnf("event %s (%s) not sent to %s, attempt %d: %s", row.eventId(), row.eventType(), row.topic(),
                            row.attempts() + 1, e.getMessage());
                }
            }
            mark(connection, MARK_SENT, sent);
            mark(connection, COUNT_ATTEMPT, failed);
            return sent.size();
        }));
    }

    /** One statement for all the rows of a batch. */
    private static void mark(Connection connection, String sql, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
            update.executeUpdate();
        }
    }

    /** An unsent row as the relay reads it. */
    private record Pending(long seq, UUID eventId, String topic, String eventKey, String eventType, String payload,
                           int attempts) {
    }

    private CompletableFuture<Void> send(Pending row) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", row.eventId().toString().getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", row.eventType().getBytes(StandardCharsets.UTF_8));
        // no content-type "application/cloudevents+json" header: SmallRye's Kafka connector would then
        // hand consumers a parsed JsonObject instead of the record's text
        Message<String> message = Message.of(row.payload())
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic())
                        .withKey(row.eventKey())
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
