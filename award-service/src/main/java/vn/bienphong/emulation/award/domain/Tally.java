package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tallies a question of a closed ballot: candidates that pass the threshold, most votes first,
 * are proposed up to the quota. When candidates with equal votes stand at the quota's edge, the
 * one placed higher in the standings (the order of the candidates) gets the place, and the
 * decision is written down.
 */
public final class Tally {

    private static final int SHARE_SCALE = 4;

    private Tally() {
    }

    public static QuestionOutcome tally(BallotQuestion question, int eligibleVoters, Map<String, Integer> votes) {
        List<String> order = question.candidates();
        List<String> passing = new ArrayList<>();
        for (String c : order) {
            if (question.passes(votes.getOrDefault(c, 0), eligibleVoters)) {
                passing.add(c);
            }
        }
        passing.sort(Comparator.comparing((String c) -> -votes.getOrDefault(c, 0)).thenComparing(order::indexOf));
        List<String> proposed = passing.subList(0, Math.min(question.quota(), passing.size()));
        String tieDecision = null;
        if (passing.size() > question.quota()) {
            int edge = votes.getOrDefault(passing.get(question.quota() - 1), 0);
            List<String> tiedIn = proposed.stream().filter(c -> votes.getOrDefault(c, 0) == edge).toList();
            List<String> tiedOut = passing.subList(question.quota(), passing.size()).stream()
                    .filter(c -> votes.getOrDefault(c, 0) == edge).toList();
            if (!tiedOut.isEmpty()) {
                tieDecision = String.join(", ", tiedIn) + " and " + String.join(", ", tiedOut) + " tied at " + edge
                        + " votes at the edge of the quota of " + question.quota() + "; decided by the standings: "
                        + String.join(", ", tiedIn) + " placed higher (standings order " + positions(order, tiedIn)
                        + " against " + positions(order, tiedOut) + ")";
            }
        }
        Set<String> chosen = new HashSet<>(proposed);
        List<QuestionOutcome.CandidateTally> tallies = new ArrayList<>();
        for (String c : order) {
            int n = votes.getOrDefault(c, 0);
            tallies.add(new QuestionOutcome.CandidateTally(c, n, share(n, eligibleVoters), passing.contains(c), chosen.contains(c)));
        }
        return new QuestionOutcome(question, tallies, List.copyOf(proposed), tieDecision);
    }

    static BigDecimal share(int votes, int eligibleVoters) {
        if (eligibleVoters == 0) {
            return BigDecimal.ZERO.setScale(SHARE_SCALE);
        }
        return BigDecimal.valueOf(votes).divide(BigDecimal.valueOf(eligibleVoters), SHARE_SCALE, RoundingMode.HALF_UP);
    }

    private static String positions(List<String> order, List<String> units) {
        return String.join("/", units.stream().map(u -> "#" + (order.indexOf(u) + 1)).toList());
    }
}
