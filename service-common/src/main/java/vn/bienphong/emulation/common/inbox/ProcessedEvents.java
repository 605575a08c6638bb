package vn.bienphong.emulation.common.inbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
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
    public boolean applyOnce(String consumer, EventEnvelope<JsonNode> event, Consumer<EventEnvelope<JsonNode>> change) {
        return applyOnce(consumer, event, change, null);
    }

    /** As {@link #applyOnce(String, EventEnvelope, Consumer)}, recording the trace that applied it. */
    @Transactional
    public boolean applyOnce(String consumer, EventEnvelope<JsonNode> event, Consumer<EventEnvelope<JsonNode>> change, String traceId) {
        int recorded = em.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id, event_type, processed_at, trace_id)
                        VALUES (?1, ?2, ?3, now(), ?4) ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, traceId)
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        change.accept(event);
        return true;
    }

    /**
     * The batch form of {@link #applyOnce}, for a consumer that applies a whole poll in one
     * transaction: records in one statement the ids this consumer had not applied yet, and returns
     * those, which are the only ones the caller may apply now (in the same transaction).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> recordNew(String consumer, Map<UUID, String> typesById) {
        if (typesById.isEmpty()) {
            return Set.of();
        }
        List<Map.Entry<UUID, String>> events = new ArrayList<>(typesById.entrySet());
        String traceId = currentTraceId();
        StringBuilder sql = new StringBuilder("INSERT INTO processed_event (consumer, event_id, event_type, processed_at, trace_id) VALUES ");
        for (int i = 0; i < events.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(2 + 2 * i).append(", ?").append(3 + 2 * i)
                    .append(", now(), ").append(traceId == null ? "NULL" : "'" + traceId + "'").append(')');
        }
        sql.append(" ON CONFLICT DO NOTHING RETURNING event_id");
        Query insert = em.createNativeQuery(sql.toString()).setParameter(1, consumer);
        for (int i = 0; i < events.size(); i++) {
            insert.setParameter(2 + 2 * i, events.get(i).getKey()).setParameter(3 + 2 * i, events.get(i).getValue());
        }
        Set<UUID> recorded = new HashSet<>();
        for (Object id : insert.getResultList()) {
            recorded.add((UUID) id);
        }
        return recorded;
    }

    /** The W3C trace id of the current context (hex, so safe to write into SQL), or null. */
    static String currentTraceId() {
        var span = io.opentelemetry.api.trace.Span.current().getSpanContext();
        return span.isValid() && span.getTraceId().matches("[0-9a-f]{32}") ? span.getTraceId() : null;
    }
}
