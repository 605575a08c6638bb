package vn.bienphong.emulation.cluster.events;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.bienphong.emulation.cluster.service.ChairHandoverService;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.contract.BallotClosed;
import vn.bienphong.emulation.common.inbox.EventInbox;

/** Listens to award-service: a closed ballot hands the chair flag over. Other award events are not ours. */
@ApplicationScoped
public class AwardEventsListener {

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
    public void onAwardEvent(String record) {
        inbox.receive(CONSUMER, record, Map.of(
                EventTypes.BALLOT_CLOSED, event -> handovers.onBallotClosed(codec.data(event, BallotClosed.class))));
    }
}
