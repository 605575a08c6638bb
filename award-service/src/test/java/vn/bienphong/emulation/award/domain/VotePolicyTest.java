package vn.bienphong.emulation.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VotePolicyTest {

    private static final Set<String> ROSTER = Set.of("LS", "CB", "QN");
    private static final List<BallotQuestion> QUESTIONS = List.of(
            new BallotQuestion("ministry", BallotQuestion.Kind.AWARD, "Cờ thi đua của Bộ Quốc phòng", 1, null, false, List.of("LS", "CB", "QN")),
            new BallotQuestion("command", BallotQuestion.Kind.AWARD, "Cờ thi đua của Bộ Tư lệnh BĐBP", 2, null, false, List.of("LS", "CB", "QN")));

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(false, false, "LS", Map.of("ministry", List.of("CB")), "closed"),
                Arguments.of(true, false, "HG", Map.of("ministry", List.of("CB")), "not a member"),
                Arguments.of(true, true, "LS", Map.of("ministry", List.of("CB")), "already"),
                Arguments.of(true, false, "LS", Map.of("ministry", List.of("CB", "QN")), "at most 1"),
                Arguments.of(true, false, "LS", Map.of("ministry", List.of("HG")), "HG is not a candidate"),
                Arguments.of(true, false, "LS", Map.of("command", List.of("CB", "CB")), "twice"),
                Arguments.of(true, false, "LS", Map.of("chair", List.of("CB")), "no question chair"));
    }

    @ParameterizedTest(name = "refuses: {4}")
    @MethodSource("refusals")
    void shouldRefuseABallotPaperThatBreaksARule(boolean open, boolean voted, String voter, Map<String, List<String>> choices, String reason) {
        assertThat(VotePolicy.check(open, ROSTER, voted, voter, QUESTIONS, choices)).hasValueSatisfying(r -> assertThat(r).contains(reason));
    }

    @Test
    void shouldAcceptAPaperWithinTheQuotasIncludingBlankAnswers() {
        assertThat(VotePolicy.check(true, ROSTER, false, "LS", QUESTIONS, Map.of("ministry", List.of("LS"), "command", List.of("CB", "QN")))).isEmpty();
        assertThat(VotePolicy.check(true, ROSTER, false, "LS", QUESTIONS, Map.of())).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "open {0}, voted {1}: a conflict with the ballot's state {2}")
    @org.junit.jupiter.params.provider.CsvSource({"false, false, true", "true, true, true"})
    void shouldTellAClashWithTheBallotsStateFromABrokenRule(boolean open, boolean voted, boolean conflict) {
        assertThat(VotePolicy.decide(open, ROSTER, voted, "LS", QUESTIONS, Map.of())).hasValueSatisfying(r ->
                assertThat(r.conflict()).isEqualTo(conflict));
        assertThat(VotePolicy.decide(true, ROSTER, false, "HG", QUESTIONS, Map.of())).hasValueSatisfying(r ->
                assertThat(r.conflict()).isFalse());
    }
}
