package vn.bienphong.emulation.award.events;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.bienphong.emulation.award.service.DossierService;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.events.EventEnvelope;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.contract.BallotClosed;
import vn.bienphong.emulation.common.inbox.EventInbox;
import vn.bienphong.emulation.common.inbox.EventListener;

/**
 * Ballot closed → a nomination dossier for each unit it proposed for an award, filed in the name of the ballot.
 * award-service reads its own {@code award-events} for this, as cluster-service does for the chair flag, so that
 * the ballot's transaction stays as it is and each proposal gets its dossier once (idempotent inbox).
 */
@ApplicationScoped
public class BallotDossiersListener extends EventListener {

    public static final String CONSUMER = "award-service.dossiers";

    private final EventCodec codec;
    private final DossierService dossiers;

    public BallotDossiersListener(EventInbox inbox, EventCodec codec, DossierService dossiers) {
        super(inbox, CONSUMER);
        this.codec = codec;
        this.dossiers = dossiers;
    }

    @Incoming("award-events")
    @Blocking
    public void onAwardEvent(ConsumerRecord<String, String> record) {
        receive(record);
    }

    @Override
    protected Map<String, java.util.function.Consumer<EventEnvelope<JsonNode>>> handlers() {
        return Map.of(EventTypes.BALLOT_CLOSED, event -> dossiers.fromBallot(codec.data(event, BallotClosed.class)));
    }
}
