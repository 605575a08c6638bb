package vn.bienphong.emulation.award.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a unit may cast this ballot paper: the ballot is open, the unit is on its roster and
 * has not voted, and each answer names only the question's candidates, each once, at most the quota.
 * Returns the refusal with its reason, or empty when the paper is accepted.
 */
public final class VotePolicy {

    private VotePolicy() {
    }

    public static Optional<String> check(boolean open, Set<String> eligibleVoters, boolean votedAlready, String voter,
                                         List<BallotQuestion> questions, Map<String, List<String>> choices) {
        if (!open) {
            return Optional.of("the ballot is closed");
        }
        if (!eligibleVoters.contains(voter)) {
            return Optional.of(voter + " is not a member unit of the cluster this year and may not vote");
        }
        if (votedAlready) {
            return Optional.of(voter + " has cast its ballot already: one ballot per member unit");
        }
        for (String questionId : choices.keySet()) {
            if (questions.stream().noneMatch(q -> q.id().equals(questionId))) {
                return Optional.of("the ballot has no question " + questionId);
            }
        }
        for (BallotQuestion q : questions) {
            List<String> chosen = choices.getOrDefault(q.id(), List.of());
            if (chosen.size() > q.quota()) {
                return Optional.of("question " + q.id() + " (" + q.award() + ") allows at most " + q.quota()
                        + " choice(s); the ballot gives " + chosen.size());
            }
            if (new HashSet<>(chosen).size() != chosen.size()) {
                return Optional.of("question " + q.id() + " names a candidate twice");
            }
            for (String c : chosen) {
                if (!q.candidates().contains(c)) {
                    return Optional.of(c + " is not a candidate of question " + q.id() + " (" + q.award() + ")");
                }
            }
        }
        return Optional.empty();
    }
}
