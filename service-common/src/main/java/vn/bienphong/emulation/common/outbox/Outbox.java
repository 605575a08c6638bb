package vn.bienphong.emulation.common.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.events.EventEnvelope;

/**
 * Publishes an event as part of the caller's transaction: the event is a row of the outbox table,
 * committed (or rolled back) with the change it announces. {@link OutboxRelay} sends it afterwards.
 */
@ApplicationScoped
public class Outbox {

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
     * @return the envelope as it will be sent
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(String topic, String key, String type, String subject, Object data) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID(), source, type,
                subject, now, EventEnvelope.CONTENT_TYPE, codec.tree(data));
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.id();
        row.topic = topic;
        row.eventKey = key;
        row.eventType = type;
        row.payload = codec.write(envelope);
        row.occurredAt = now;
        em.persist(row);
        written.fire(new OutboxWritten(row.eventId));
        return envelope;
    }

    /** Fired inside the transaction; observed after a successful commit to wake the relay. */
    public record OutboxWritten(UUID eventId) {
    }
}
