package vn.bienphong.emulation.common.outbox;

import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.events.EventEnvelope;

/**
 * Publishes an event as part of the caller's transaction: the event is a row of the outbox table,
 * committed (or rolled back) with the change it announces. {@link OutboxRelay} sends it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, occurred_at, attempts)
            VALUES (?, ?, ?, ?, ?, ?, 0)""";

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
        String payload = codec.write(envelope);
        // plain JDBC on the transaction's own connection: one statement, none of the ORM's per-entity work
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, envelope.id());
                insert.setString(2, topic);
                insert.setString(3, key);
                insert.setString(4, type);
                insert.setString(5, payload);
                insert.setObject(6, now);
                insert.executeUpdate();
            }
        });
        written.fire(new OutboxWritten(envelope.id()));
        return envelope.id();
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
        List<UUID> ids = new ArrayList<>(messages.size());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Message message : messages) {
                    EventEnvelope<Object> envelope = new EventEnvelope<>(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), source,
                            message.type(), message.subject(), now, EventEnvelope.CONTENT_TYPE, message.data());
                    insert.setObject(1, envelope.id());
                    insert.setString(2, message.topic());
                    insert.setString(3, message.key());
                    insert.setString(4, message.type());
                    insert.setString(5, codec.write(envelope));
                    insert.setObject(6, now);
                    insert.addBatch();
                    ids.add(envelope.id());
                }
                insert.executeBatch();
            }
        });
        written.fire(new OutboxWritten(ids.get(ids.size() - 1)));
        return ids;
    }

    /** Fired inside the transaction; observed after a successful commit to wake the relay. */
    public record OutboxWritten(UUID eventId) {
    }
}
