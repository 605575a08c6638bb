package vn.bienphong.emulation.report.events;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.contract.MembershipChanged;
import vn.bienphong.emulation.common.inbox.EventInbox;
import vn.bienphong.emulation.report.service.RosterService;

/** Listens to cluster-service: membership events build the roster; the other cluster events are not ours. */
@ApplicationScoped
public class ClusterEventsListener {

    static final String CONSUMER = "report-service.roster";

    private final EventInbox inbox;
    private final EventCodec codec;
    private final RosterService roster;

    public ClusterEventsListener(EventInbox inbox, EventCodec codec, RosterService roster) {
        this.inbox = inbox;
        this.codec = codec;
        this.roster = roster;
    }

    @Incoming("cluster-events")
    @Blocking
    public void onClusterEvent(String record) {
        inbox.receive(CONSUMER, record, Map.of(
                EventTypes.MEMBERSHIP_CHANGED, event -> roster.onMembershipChanged(codec.data(event, MembershipChanged.class))));
    }
}
