package vn.bienphong.emulation.award.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a unit may cast this ballot paper: the ballot is open, the unit is on its roster and
 * has not voted, and each answer names only the question's candidates, each once, at most the quota.
 * Returns the refusal with its reason, or empty when the paper is accepted. It is the only guard of
 * a vote: the ballot service asks it with the ballot's state as stored, and the database's key on
 * (ballot, voter) backs "one ballot per member unit".
 */
public final class VotePolicy {

    private VotePolicy() {
    }

    /** Why a paper is refused; {@code conflict} when it clashes with the ballot's state (closed, voted already) rather than breaking a rule of the paper. */
    public record Refusal(boolean conflict, String reason) {
    }

    public static Optional<String> check(boolean open, Set<String> eligibleVoters, boolean votedAlready, String voter,
                                         List<BallotQuestion> questions, Map<String, List<String>> choices) {
        return decide(open, eligibleVoters, votedAlready, voter, questions, choices).map(Refusal::reason);
    }

    public static Optional<Refusal> decide(boolean open, Set<String> eligibleVoters, boolean votedAlready, String voter,
                                           List<BallotQuestion> questions, Map<String, List<String>> choices) {
        if (!open) {
            return Optional.of(new Refusal(true, "the ballot is closed"));
        }
        if (!eligibleVoters.contains(voter)) {
            return rule(voter + " is not a member unit of the cluster this year and may not vote");
        }
        if (votedAlready) {
            return Optional.of(new Refusal(true, voter + " has cast its ballot already: one ballot per member unit"));
        }
        for (String questionId : choices.keySet()) {
            if (questions.stream().noneMatch(q -> q.id().equals(questionId))) {
                return rule("the ballot has no question " + questionId);
            }
        }
        for (BallotQuestion q : questions) {
            List<String> chosen = choices.getOrDefault(q.id(), List.of());
            if (chosen.size() > q.quota()) {
                return rule("question " + q.id() + " (" + q.award() + ") allows at most " + q.quota()
                        + " choice(s); the ballot gives " + chosen.size());
            }
            if (new HashSet<>(chosen).size() != chosen.size()) {
                return rule("question " + q.id() + " names a candidate twice");
            }
            for (String c : chosen) {
                if (!q.candidates().contains(c)) {
                    return rule(c + " is not a candidate of question " + q.id() + " (" + q.award() + ")");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> rule(String reason) {
        return Optional.of(new Refusal(false, reason));
    }
}
