package vn.bienphong.emulation.common.inbox;

import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import org.jboss.logging.Logger;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.events.EventEnvelope;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.UnprocessableEventException;

/**
 * Where a Kafka listener hands each record: parses the envelope, applies it once through the
 * handler for its type ({@link ProcessedEvents}), skips the system's other known types, and
 * throws for a record it cannot read or a type nobody knows, so that the channel's
 * dead-letter-queue failure strategy moves it aside and the consumer goes on.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final EventCodec codec;
    private final ProcessedEvents processed;

    public EventInbox(EventCodec codec, ProcessedEvents processed) {
        this.codec = codec;
        this.processed = processed;
    }

    /** @return true when the event was applied now; false when skipped or applied before */
    public boolean receive(String consumer, String record, Map<String, Consumer<EventEnvelope<JsonNode>>> handlers) {
        EventEnvelope<JsonNode> event = codec.parse(record);
        Consumer<EventEnvelope<JsonNode>> handler = handlers.get(event.type());
        if (handler == null) {
            if (EventTypes.isKnown(event.type())) {
                return false;
            }
            throw new UnprocessableEventException("unknown event type " + event.type() + " (event " + event.id() + ")");
        }
        boolean applied = processed.applyOnce(consumer, event, handler);
        if (!applied) {
            LOG.debugf("%s: event %s (%s) was applied before; skipped", consumer, event.id(), event.type());
        }
        return applied;
    }
}
