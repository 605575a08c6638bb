package vn.bienphong.emulation.award.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import vn.bienphong.emulation.award.domain.BallotQuestion;

/**
 * Ballots as {@link BallotService} and {@link BallotQueries} take and give them; the API words them as
 * its DTOs. {@link Results} is also how a closed ballot's results are stored ({@code ballot.results}, JSON).
 */
public final class BallotViews {

    private BallotViews() {
    }

    /** A question asked at opening; null fields take their defaults (id q1, q2...; threshold more than half). */
    public record NewQuestion(String id, BallotQuestion.Kind kind, String award, Integer quota, BigDecimal threshold,
                              Boolean thresholdInclusive, List<String> candidates) {
    }

    public record NewBallot(int clusterNumber, int year, LocalDate conferenceDate, String place, List<NewQuestion> questions,
                            BigDecimal quorum, boolean rotateIfNoneElected) {
    }

    /** A unit's paper: for each question id, the candidates chosen. */
    public record Paper(String unitCode, Map<String, List<String>> choices) {
    }

    public record VoteReceipt(UUID ballotId, String unitCode, OffsetDateTime castAt, int ballotsCast) {
    }

    public record Question(String id, BallotQuestion.Kind kind, String award, int quota, BigDecimal threshold,
                           String thresholdRule, List<String> candidates) {
    }

    public record CandidateResult(String unitCode, String unitName, int votes, BigDecimal share, boolean passedThreshold,
                                  boolean proposed) {
    }

    public record QuestionResult(String questionId, BallotQuestion.Kind kind, String award, int quota, BigDecimal threshold,
                                 String thresholdRule, List<CandidateResult> candidates, List<String> proposed,
                                 String tieDecision, String outcome) {
    }

    /** The results of a closed ballot, as stored with it. */
    public record Results(OffsetDateTime closedAt, int eligibleVoters, int ballotsCast, List<QuestionResult> questions,
                          String nextChairUnitCode, @JsonProperty("void") boolean voided,
                          Integer papersNeeded, String quorumRule, String validity, String chairFlag, String chairFlagReason) {
    }

    public record Ballot(UUID id, int clusterNumber, int year, String status, LocalDate conferenceDate, String place,
                         List<Question> questions, int eligibleVoters, int ballotsCast, int papersNeeded, String quorumRule,
                         boolean rotateIfNoneElected, OffsetDateTime openedAt, String openedBy, OffsetDateTime closedAt,
                         Results results) {
    }

    /** The minutes (biên bản) of a closed ballot. */
    public record Minutes(UUID ballotId, int clusterNumber, String clusterName, int year, LocalDate conferenceDate,
                          String place, OffsetDateTime openedAt, OffsetDateTime closedAt, int eligibleVoters,
                          List<String> eligibleVoterUnits, int ballotsCast, Integer papersNeeded, String quorumRule,
                          boolean voided, String validity, List<QuestionResult> questions, String nextChairUnitCode,
                          String nextChairUnitName, String chairFlag, String chairFlagReason) {
    }
}
