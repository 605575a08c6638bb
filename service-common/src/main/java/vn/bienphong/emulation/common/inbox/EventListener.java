package vn.bienphong.emulation.common.inbox;

import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.bienphong.emulation.common.events.EventEnvelope;

/**
 * What a listener of one record at a time has in common: it names its consumer and its handlers
 * per event type; records go through the {@link EventInbox} (once, retried, dead-lettered), and its
 * dead letters can be replayed ({@link ReplayableConsumer}). A subclass adds the {@code @Incoming}
 * method that calls {@link #receive}.
 */
public abstract class EventListener implements ReplayableConsumer {

    private EventInbox inbox;
    private String consumer;

    /** For the container's client proxy only. */
    protected EventListener() {
    }

    protected EventListener(EventInbox inbox, String consumer) {
        this.inbox = inbox;
        this.consumer = consumer;
    }

    /** The handler of each event type this consumer applies; the system's other types are skipped. */
    protected abstract Map<String, Consumer<EventEnvelope<JsonNode>>> handlers();

    protected void receive(ConsumerRecord<String, String> record) {
        inbox.receive(consumer, record, handlers());
    }

    @Override
    public String consumer() {
        return consumer;
    }

    /** Replays a dead letter: one attempt, as live. */
    @Override
    public void reapply(String record) {
        inbox.apply(consumer, record, handlers(), null);
    }
}
