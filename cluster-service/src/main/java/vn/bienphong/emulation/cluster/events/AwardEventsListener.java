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
import vn.bienphong.emulation.common.inbox.EventListener;
import vn.bienphong.emulation.common.events.EventEnvelope;

/** Listens to award-service: a closed ballot hands the chair flag over. Other award events are not ours. */
@ApplicationScoped
public class AwardEventsListener extends EventListener {

    static final String CONSUMER = "cluster-service.handover";

    private final EventCodec codec;
    private final ChairHandoverService handovers;

    public AwardEventsListener(EventInbox inbox, EventCodec codec, ChairHandoverService handovers) {
        super(inbox, CONSUMER);
        this.codec = codec;
        this.handovers = handovers;
    }

    @Incoming("award-events")
    @Blocking
    public void onAwardEvent(ConsumerRecord<String, String> record) {
        receive(record);
    }

    @Override
    protected Map<String, java.util.function.Consumer<EventEnvelope<JsonNode>>> handlers() {
        return Map.of(
                EventTypes.BALLOT_CLOSED, event -> handovers.onBallotClosed(codec.data(event, BallotClosed.class)));
    }
}
