package vn.bienphong.emulation.award.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.Topics;
import vn.bienphong.emulation.common.events.contract.BallotClosed;
import vn.bienphong.emulation.common.events.contract.StandingsUpdated;
import vn.bienphong.emulation.common.outbox.Outbox;

/** The events award-service publishes on {@code award-events}, keyed by cluster number, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class AwardEventPublisher {

    private final Outbox outbox;

    public AwardEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code ballot-opened.v1}. */
    public record BallotOpened(UUID ballotId, int clusterNumber, int year, int eligibleVoters, List<Question> questions,
                               OffsetDateTime openedAt) {
        public record Question(String questionId, String kind, String award, int quota, List<String> candidates) {
        }
    }

    /** {@code nomination-decided.v1}. */
    public record NominationDecided(UUID nominationId, UUID ballotId, int clusterNumber, int year, String award,
                                    String unitCode, String decision, String decisionNumber, LocalDate decisionDate,
                                    OffsetDateTime decidedAt) {
    }

    /** {@code commendation-recorded.v1}. */
    public record CommendationRecorded(UUID commendationId, int clusterNumber, int year, String recipientKind,
                                       String unitCode, String personName, int quantity, String award, String awardCode,
                                       String occasion, String decisionNumber, LocalDate decisionDate) {
    }

    public void standingsUpdated(StandingsUpdated data) {
        outbox.publish(Topics.AWARD_EVENTS, key(data.clusterNumber()), EventTypes.STANDINGS_UPDATED,
                subject(data.clusterNumber(), data.year()), data);
    }

    public void ballotOpened(BallotOpened data) {
        outbox.publish(Topics.AWARD_EVENTS, key(data.clusterNumber()), EventTypes.BALLOT_OPENED,
                subject(data.clusterNumber(), data.year()) + "/ballot/" + data.ballotId(), data);
    }

    public void ballotClosed(BallotClosed data) {
        outbox.publish(Topics.AWARD_EVENTS, key(data.clusterNumber()), EventTypes.BALLOT_CLOSED,
                subject(data.clusterNumber(), data.year()) + "/ballot/" + data.ballotId(), data);
    }

    public void nominationDecided(NominationDecided data) {
        outbox.publish(Topics.AWARD_EVENTS, key(data.clusterNumber()), EventTypes.NOMINATION_DECIDED,
                subject(data.clusterNumber(), data.year()) + "/nomination/" + data.nominationId(), data);
    }

    public void commendationRecorded(CommendationRecorded data) {
        outbox.publish(Topics.AWARD_EVENTS, key(data.clusterNumber()), EventTypes.COMMENDATION_RECORDED,
                subject(data.clusterNumber(), data.year()) + "/commendation/" + data.commendationId(), data);
    }

    private static String key(int clusterNumber) {
        return Integer.toString(clusterNumber);
    }

    private static String subject(int clusterNumber, int year) {
        return "cluster/" + clusterNumber + "/" + year;
    }
}
