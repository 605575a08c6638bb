package vn.bienphong.emulation.common.events.contract;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code ballot-closed.v1}, keyed by cluster number: the year-end ballot of a cluster is closed and
 * tallied. {@code nextChairUnitCode} is the unit the members elected to chair the cluster next
 * year, or null when the ballot had no such question (cluster-service then follows the rotation).
 */
public record BallotClosed(
        UUID ballotId,
        int clusterNumber,
        int year,
        OffsetDateTime closedAt,
        int eligibleVoters,
        int ballotsCast,
        List<QuestionResult> questions,
        String nextChairUnitCode) {

    public record QuestionResult(
            String questionId,
            String kind,
            String award,
            int quota,
            BigDecimal threshold,
            List<CandidateResult> candidates,
            List<String> proposed) {
    }

    public record CandidateResult(String unitCode, int votes, BigDecimal share, boolean proposed) {
    }
}
