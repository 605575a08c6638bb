package vn.bienphong.emulation.common.inbox;

import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.common.events.EventEnvelope;

/**
 * The idempotent consumer: applies an event at most once per consumer. The event's id is recorded
 * in {@code processed_event} in the same transaction as the change it causes, so a redelivered or
 * replayed event finds its id there and changes nothing; a failed change rolls back the record too.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /** Runs {@code change} for the event unless this consumer applied it already; returns whether it ran. */
    @Transactional
    public boolean applyOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> change) {
        int recorded = em.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id, event_type, processed_at)
                        VALUES (?1, ?2, ?3, now()) ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        change.accept(event);
        return true;
    }

    /** Forgets what a consumer applied, for a rebuild that replays its topic from the start (same transaction as the reset of its state). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(String consumer) {
        return em.createNativeQuery("DELETE FROM processed_event WHERE consumer = ?1")
                .setParameter(1, consumer)
                .executeUpdate();
    }
}
