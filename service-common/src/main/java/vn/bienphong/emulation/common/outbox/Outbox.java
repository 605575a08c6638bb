package vn.bienphong.emulation.common.outbox;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.events.EventEnvelope;

/**
 * Publishes an event as part of the caller's transaction: the event is a row of the outbox table,
 * committed (or rolled back) with the change it announces. {@link OutboxRelay} sends it afterwards,
 * with the trace context of the request that wrote it.
 */
@ApplicationScoped
public class Outbox {

    /**
     * The transaction's id is taken before the row's {@code seq}: the relay relies on every open
     * transaction that holds a seq being visible as open ({@link RelayWorker}, the horizon).
     */
    private static final String INSERT = """
            WITH tx AS MATERIALIZED (SELECT pg_current_xact_id()::text::bigint AS id)
            INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, occurred_at, attempts, headers, tx_id)
            SELECT ?, ?, ?, ?, ?, ?, 0, ?, tx.id FROM tx""";

    private final EntityManager em;
    private final EventCodec codec;
    private final Event<OutboxWritten> written;
    private final String source;

    public Outbox(EntityManager em, EventCodec codec, Event<OutboxWritten> written,
                  @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.em = em;
        this.codec = codec;
        this.written = written;
        this.source = "/" + applicationName;
    }

    /**
     * @param topic   where it goes
     * @param key     the Kafka key: events with the same key stay in order (we key by cluster)
     * @param type    the versioned type, e.g. {@code membership-changed.v1}
     * @param subject what it is about, e.g. {@code cluster/1/2025}
     * @param data    the payload, written as JSON
     * @return the event's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, String subject, Object data) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        EventEnvelope<Object> envelope = new EventEnvelope<>(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), source, type,
                subject, now, EventEnvelope.CONTENT_TYPE, data);
        insert(envelope.id(), topic, key, type, codec.write(envelope), now, Map.of());
        return envelope.id();
    }

    /**
     * A record passed on as it is (a dead letter: the original bytes, not an envelope of ours), with
     * extra headers; same transaction, same relay. {@code recordId} identifies the outbox row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishRecord(UUID recordId, String topic, String key, String type, String payload, Map<String, String> headers) {
        insert(recordId, topic, key == null ? "" : key, type, payload, OffsetDateTime.now(ZoneOffset.UTC), headers);
    }

    /** One event of {@link #publishAll}: as the arguments of {@link #publish}. */
    public record Message(String topic, String key, String type, String subject, Object data) {
    }

    /**
     * Publishes several events as part of the caller's transaction, in one round trip (a JDBC batch
     * of the same insert); they are sent in the order given.
     *
     * @return the events' ids, in the same order
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishAll(List<Message> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String headerJson = headers(Map.of());
        List<UUID> ids = new ArrayList<>(messages.size());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Message message : messages) {
                    EventEnvelope<Object> envelope = new EventEnvelope<>(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), source,
                            message.type(), message.subject(), now, EventEnvelope.CONTENT_TYPE, message.data());
                    bind(insert, envelope.id(), message.topic(), message.key(), message.type(), codec.write(envelope), now, headerJson);
                    insert.addBatch();
                    ids.add(envelope.id());
                }
                insert.executeBatch();
            }
        });
        written.fire(new OutboxWritten(ids.get(ids.size() - 1)));
        return ids;
    }

    private void insert(UUID id, String topic, String key, String type, String payload, OffsetDateTime at,
                        Map<String, String> extraHeaders) {
        String headerJson = headers(extraHeaders);
        // plain JDBC on the transaction's own connection: one statement, none of the ORM's per-entity work
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                bind(insert, id, topic, key, type, payload, at, headerJson);
                insert.executeUpdate();
            }
        });
        written.fire(new OutboxWritten(id));
    }

    /** The record's headers as JSON: the given ones and the current trace context; null when there are none. */
    private String headers(Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), headers, Map::put);
        return headers.isEmpty() ? null : codec.write(headers);
    }

    private static void bind(PreparedStatement insert, UUID id, String topic, String key, String type, String payload,
                             OffsetDateTime at, String headerJson) throws SQLException {
        insert.setObject(1, id);
        insert.setString(2, topic);
        insert.setString(3, key);
        insert.setString(4, type);
        insert.setString(5, payload);
        insert.setObject(6, at);
        insert.setString(7, headerJson);
    }

    /** Fired inside the transaction; observed after a successful commit to wake the relay. */
    public record OutboxWritten(UUID eventId) {
    }
}
