package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;
import java.util.List;

/** The tally of one question: each candidate's votes and share, who is proposed, and how a tie at the quota's edge was decided. */
public record QuestionOutcome(BallotQuestion question, List<CandidateTally> candidates, List<String> proposed,
                             String tieDecision) {

    public record CandidateTally(String unitCode, int votes, BigDecimal share, boolean passedThreshold, boolean proposed) {
    }
}
