package vn.bienphong.emulation.common.events.contract;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code ballot-closed.v1}, keyed by cluster number: the year-end ballot of a cluster is closed.
 * {@code void} says the council closed it below its quorum: it proposes nobody and hands no flag
 * over. {@code chairFlag} says what the ballot does to the chair flag: {@code ELECTED} (to
 * {@code nextChairUnitCode}, the unit the members elected to chair the cluster next year),
 * {@code ROTATION} (to the next member in the rotation order) or {@code NONE} (not handed over;
 * {@code chairFlagReason} says why). An event without {@code chairFlag} (published before it
 * existed) means ELECTED when it names a next chair, ROTATION otherwise.
 *
 * @param papersNeeded the quorum: papers needed for the ballot to count
 */
public record BallotClosed(
        UUID ballotId,
        int clusterNumber,
        int year,
        OffsetDateTime closedAt,
        int eligibleVoters,
        int ballotsCast,
        List<QuestionResult> questions,
        String nextChairUnitCode,
        @JsonProperty("void") boolean voided,
        Integer papersNeeded,
        String chairFlag,
        String chairFlagReason) {

    public static final String FLAG_ELECTED = "ELECTED";
    public static final String FLAG_ROTATION = "ROTATION";
    public static final String FLAG_NONE = "NONE";

    /** A valid ballot as published before {@code void} and {@code chairFlag} existed. */
    public BallotClosed(UUID ballotId, int clusterNumber, int year, OffsetDateTime closedAt, int eligibleVoters, int ballotsCast,
                        List<QuestionResult> questions, String nextChairUnitCode) {
        this(ballotId, clusterNumber, year, closedAt, eligibleVoters, ballotsCast, questions, nextChairUnitCode, false, null,
                null, null);
    }

    /** Whether the flag passes at all ({@code void} or {@code NONE}: no). */
    public boolean handsFlagOver() {
        return !voided && !FLAG_NONE.equals(chairFlag);
    }

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
