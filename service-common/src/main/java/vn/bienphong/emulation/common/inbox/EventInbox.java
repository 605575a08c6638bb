package vn.bienphong.emulation.common.inbox;

import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.events.EventEnvelope;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.UnprocessableEventException;

/**
 * Where a Kafka listener hands each record: parses the envelope, applies it once through the
 * handler for its type ({@link ProcessedEvents}) in the trace the producer sent it in, and skips
 * the system's other known types. A transient failure is retried until it passes
 * ({@link ConsumerRetry}); a record that can never be applied (unreadable, a type nobody knows,
 * data that breaks a rule) becomes a dead letter ({@link DeadLetters}), and the consumer goes on.
 * Log lines about the event carry its id ({@code eventId} in the MDC).
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final EventCodec codec;
    private final ProcessedEvents processed;
    private final ConsumerRetry retry;
    private final DeadLetters deadLetters;
    private final MeterRegistry meters;

    public EventInbox(EventCodec codec, ProcessedEvents processed, ConsumerRetry retry, DeadLetters deadLetters, MeterRegistry meters) {
        this.codec = codec;
        this.processed = processed;
        this.retry = retry;
        this.deadLetters = deadLetters;
        this.meters = meters;
    }

    public void receive(String consumer, ConsumerRecord<String, String> record, Map<String, Consumer<EventEnvelope<JsonNode>>> handlers) {
        receive(consumer, IncomingRecord.of(record), handlers);
    }

    /** Applies the record once, retrying transient failures; gives it up as a dead letter when it can never be applied. */
    public void receive(String consumer, IncomingRecord record, Map<String, Consumer<EventEnvelope<JsonNode>>> handlers) {
        try (Scope scope = record.traceContext().makeCurrent()) {
            RuntimeException deadly = retry.run(consumer, "record " + record.position(),
                    () -> apply(consumer, record.value(), handlers, record.traceId()));
            if (deadly != null) {
                deadLetter(consumer, record, deadly);
            }
        }
    }

    /** Records a dead letter, retrying while the database is away. */
    public void deadLetter(String consumer, IncomingRecord record, RuntimeException reason) {
        RuntimeException failed = retry.run(consumer, "the dead letter of " + record.position(),
                () -> deadLetters.record(consumer, record, Failures.describe(reason)));
        if (failed != null) {
            throw new IllegalStateException("could not record the dead letter of " + record.position(), failed);
        }
    }

    /**
     * One attempt: parses the record and applies it once.
     * @return true when the event was applied now; false when skipped or applied before
     * @throws UnprocessableEventException for a record that can never be applied
     */
    public boolean apply(String consumer, String record, Map<String, Consumer<EventEnvelope<JsonNode>>> handlers, String traceId) {
        EventEnvelope<JsonNode> event = codec.parse(record);
        MDC.put("eventId", event.id().toString());
        MDC.put("eventType", event.type());
        try {
            Consumer<EventEnvelope<JsonNode>> handler = handlers.get(event.type());
            if (handler == null) {
                if (EventTypes.isKnown(event.type())) {
                    return false;
                }
                throw new UnprocessableEventException("unknown event type " + event.type() + " (event " + event.id() + ")");
            }
            boolean applied = processed.applyOnce(consumer, event, handler, traceId);
            if (applied) {
                meters.counter("emulation.events.applied", "consumer", consumer, "type", event.type()).increment();
            } else {
                LOG.debugf("%s: event %s (%s) was applied before; skipped", consumer, event.id(), event.type());
            }
            return applied;
        } finally {
            MDC.remove("eventId");
            MDC.remove("eventType");
        }
    }
}
