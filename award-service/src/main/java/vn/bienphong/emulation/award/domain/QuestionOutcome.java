package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;
import java.util.List;

/** The tally of one question: each candidate's votes and share, who is proposed, and how a tie at the quota's edge was decided. */
public record QuestionOutcome(BallotQuestion question, List<CandidateTally> candidates, List<String> proposed,
                             String tieDecision) {

    public record CandidateTally(String unitCode, int votes, BigDecimal share, boolean passedThreshold, boolean proposed) {
    }

    /** The outcome in words, for the results and the minutes: who is proposed and why, or why nobody. */
    public String describe() {
        long passing = candidates.stream().filter(CandidateTally::passedThreshold).count();
        String rule = question.describeThreshold();
        String what = question.kind() == BallotQuestion.Kind.NEXT_CHAIR ? "elected the next chair" : "proposed";
        if (proposed.isEmpty()) {
            return "nobody " + what + ": no candidate received " + rule;
        }
        String outcome = String.join(", ", proposed) + " " + what + ": received " + rule;
        if (passing > proposed.size()) {
            outcome += "; " + (passing - proposed.size()) + " more passed the threshold but fell outside the quota of "
                    + question.quota() + (tieDecision != null ? " (tie decided by the standings)" : " (fewer votes)");
        }
        return outcome;
    }
}
