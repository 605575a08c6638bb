package vn.bienphong.emulation.report.events;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.contract.MembershipChanged;
import vn.bienphong.emulation.common.inbox.EventInbox;
import vn.bienphong.emulation.common.inbox.EventListener;
import vn.bienphong.emulation.common.events.EventEnvelope;
import vn.bienphong.emulation.report.service.RosterService;

/** Listens to cluster-service: membership events build the roster; the other cluster events are not ours. */
@ApplicationScoped
public class ClusterEventsListener extends EventListener {

    static final String CONSUMER = "report-service.roster";

    private final EventCodec codec;
    private final RosterService roster;

    public ClusterEventsListener(EventInbox inbox, EventCodec codec, RosterService roster) {
        super(inbox, CONSUMER);
        this.codec = codec;
        this.roster = roster;
    }

    @Incoming("cluster-events")
    @Blocking
    public void onClusterEvent(ConsumerRecord<String, String> record) {
        receive(record);
    }

    @Override
    protected Map<String, java.util.function.Consumer<EventEnvelope<JsonNode>>> handlers() {
        return Map.of(
                EventTypes.MEMBERSHIP_CHANGED, event -> roster.onMembershipChanged(codec.data(event, MembershipChanged.class)));
    }
}
