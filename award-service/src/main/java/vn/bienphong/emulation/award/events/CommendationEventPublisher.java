package vn.bienphong.emulation.award.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.Topics;
import vn.bienphong.emulation.common.outbox.Outbox;

/** The events of nomination dossiers and commendation decisions on {@code award-events}, keyed by cluster, in the caller's transaction. */
@ApplicationScoped
public class CommendationEventPublisher {

    private final Outbox outbox;

    public CommendationEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code dossier-moved.v1}: a dossier was filed (action FILE, from null) or moved; who, when, why. */
    public record DossierMoved(UUID dossierId, int clusterNumber, int year, String awardCode, String awardName,
                               String recipientKind, String unitCode, String personName, String action, String from,
                               String to, String outcome, String by, String role, String reason, OffsetDateTime at) {
    }

    /** {@code decision-issued.v1}: a commendation decision and whom it commends. */
    public record DecisionIssued(UUID decisionId, String number, LocalDate date, String signerName, String signerTitle,
                                 String awardCode, String awardName, List<Commended> commended, OffsetDateTime issuedAt) {
        public record Commended(UUID dossierId, UUID commendationId, int clusterNumber, int year, String recipientKind,
                                String unitCode, String personName) {
        }
    }

    public void dossierMoved(DossierMoved data) {
        outbox.publish(Topics.AWARD_EVENTS, Integer.toString(data.clusterNumber()), EventTypes.DOSSIER_MOVED,
                "cluster/" + data.clusterNumber() + "/" + data.year() + "/dossier/" + data.dossierId(), data);
    }

    /** Keyed by the cluster of its first commended (a decision may commend several clusters). */
    public void decisionIssued(DecisionIssued data) {
        int cluster = data.commended().isEmpty() ? 0 : data.commended().get(0).clusterNumber();
        outbox.publish(Topics.AWARD_EVENTS, Integer.toString(cluster), EventTypes.DECISION_ISSUED, "decision/" + data.decisionId(), data);
    }
}
