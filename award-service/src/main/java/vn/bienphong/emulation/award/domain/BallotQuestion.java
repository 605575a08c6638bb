package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One question of a year-end ballot: an award with its quota and candidates, or the next chair
 * (quota 1). A candidate is proposed when its votes, as a share of the eligible voters, pass the
 * threshold: more than {@code threshold}, or at least it when {@code thresholdInclusive}.
 * The candidates are listed in the order of the standings (used to decide a tie at the quota's edge).
 */
public record BallotQuestion(String id, Kind kind, String award, int quota, BigDecimal threshold,
                             boolean thresholdInclusive, List<String> candidates) {

    public enum Kind { AWARD, NEXT_CHAIR }

    /** More than half of the eligible voters. */
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.5");

    public BallotQuestion {
        candidates = List.copyOf(candidates);
        if (threshold == null) {
            threshold = DEFAULT_THRESHOLD;
        }
    }

    public boolean passes(int votes, int eligibleVoters) {
        int c = BigDecimal.valueOf(votes).compareTo(threshold.multiply(BigDecimal.valueOf(eligibleVoters)));
        return votes > 0 && (thresholdInclusive ? c >= 0 : c > 0);
    }

    public String describeThreshold() {
        return (thresholdInclusive ? "at least " : "more than ") + threshold.stripTrailingZeros().toPlainString()
                + " of the eligible voters";
    }
}
