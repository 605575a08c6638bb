package vn.bienphong.emulation.award.events;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.bienphong.emulation.award.service.RosterService;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.contract.ChairAssigned;
import vn.bienphong.emulation.common.events.contract.ChairHandover;
import vn.bienphong.emulation.common.events.contract.MembershipChanged;
import vn.bienphong.emulation.common.inbox.EventInbox;
import vn.bienphong.emulation.common.inbox.EventListener;
import vn.bienphong.emulation.common.events.EventEnvelope;

/**
 * Membership changed → the roster of who may vote (and who is ranked) in a cluster and year, and its
 * chair; chair assigned and chair handed over → who holds the chair of a cluster for a year (the chair's
 * powers follow it). A failed handover changes nothing.
 */
@ApplicationScoped
public class ClusterEventsListener extends EventListener {

    public static final String CONSUMER = "award-service.roster";

    private final EventCodec codec;
    private final RosterService rosters;

    public ClusterEventsListener(EventInbox inbox, EventCodec codec, RosterService rosters) {
        super(inbox, CONSUMER);
        this.codec = codec;
        this.rosters = rosters;
    }

    @Incoming("cluster-events")
    @Blocking
    public void onClusterEvent(ConsumerRecord<String, String> record) {
        receive(record);
    }

    @Override
    protected Map<String, java.util.function.Consumer<EventEnvelope<JsonNode>>> handlers() {
        return Map.of(
                EventTypes.MEMBERSHIP_CHANGED, event -> rosters.onMembershipChanged(event.id(), codec.data(event, MembershipChanged.class)),
                EventTypes.CHAIR_ASSIGNED, event -> rosters.onChairAssigned(event.id(), codec.data(event, ChairAssigned.class)),
                EventTypes.CHAIR_HANDED_OVER, event -> rosters.onChairHandedOver(event.id(), codec.data(event, ChairHandover.class)));
    }
}
