package vn.bienphong.emulation.common.outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the outbox: an event written with the change it announces, sent to Kafka later by {@link OutboxRelay}. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    /** The event's own id. Rows are written by {@link Outbox} and read and marked by {@link OutboxRelay} with plain SQL; the entity serves queries. */
    @Id
    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    /** The order of writing, from the database's sequence; the relay sends in this order. */
    @Column(name = "seq", insertable = false, updatable = false)
    public Long seq;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_key", nullable = false)
    public String eventKey;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "sent_at")
    public OffsetDateTime sentAt;

    @Column(nullable = false)
    public int attempts;
}
