package vn.bienphong.emulation.cluster.events;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.bienphong.emulation.cluster.service.ChairHandoverService;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.contract.BallotClosed;
import vn.bienphong.emulation.common.inbox.EventInbox;
import vn.bienphong.emulation.common.inbox.ReplayableConsumer;
import vn.bienphong.emulation.common.events.EventEnvelope;

/** Listens to award-service: a closed ballot hands the chair flag over. Other award events are not ours. */
@ApplicationScoped
public class AwardEventsListener implements ReplayableConsumer {

    static final String CONSUMER = "cluster-service.handover";

    private final EventInbox inbox;
    private final EventCodec codec;
    private final ChairHandoverService handovers;

    public AwardEventsListener(EventInbox inbox, EventCodec codec, ChairHandoverService handovers) {
        this.inbox = inbox;
        this.codec = codec;
        this.handovers = handovers;
    }

    @Incoming("award-events")
    @Blocking
    public void onAwardEvent(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, handlers());
    }

    @Override
    public String consumer() {
        return CONSUMER;
    }

    /** Replays a dead letter: one attempt, as live. */
    @Override
    public void reapply(String record) {
        inbox.apply(CONSUMER, record, handlers(), null);
    }

    private Map<String, java.util.function.Consumer<EventEnvelope<JsonNode>>> handlers() {
        return Map.of(
                EventTypes.BALLOT_CLOSED, event -> handovers.onBallotClosed(codec.data(event, BallotClosed.class)));
    }
}
