package vn.bienphong.emulation.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TallyTest {

    private static final List<String> SIX = List.of("LS", "CB", "QN", "HP", "HY", "NB");

    private static BallotQuestion award(int quota, String threshold, boolean inclusive) {
        return new BallotQuestion("q1", BallotQuestion.Kind.AWARD, "Cờ thi đua của Bộ Tư lệnh BĐBP", quota,
                threshold == null ? null : new BigDecimal(threshold), inclusive, SIX);
    }

    @ParameterizedTest(name = "{0} of {1} votes against {2} (inclusive {3}) passes: {4}")
    @CsvSource({
            "4, 6, 0.5, false, true",
            "3, 6, 0.5, false, false",
            "3, 6, 0.5, true, true",
            "4, 7, 0.5, false, true",
            "3, 7, 0.5, false, false",
            "4, 6, 0.6667, true, false",
            "5, 6, 0.6667, true, true",
            "0, 6, 0, true, false"})
    void shouldCompareTheShareWithTheThresholdExactly(int votes, int eligible, String threshold, boolean inclusive, boolean passes) {
        assertThat(award(1, threshold, inclusive).passes(votes, eligible)).isEqualTo(passes);
    }

    @Test
    void shouldProposeTheCandidatesWithMostVotesWithinTheQuota() {
        QuestionOutcome o = Tally.tally(award(2, null, false), 6, Map.of("LS", 6, "CB", 4, "QN", 5, "HP", 1));
        assertThat(o.proposed()).containsExactly("LS", "QN");
        assertThat(o.tieDecision()).isNull();
        assertThat(o.candidates()).extracting(QuestionOutcome.CandidateTally::unitCode).containsExactlyElementsOf(SIX);
        assertThat(o.candidates().get(1).share()).isEqualByComparingTo("0.6667");
        assertThat(o.candidates().get(1).passedThreshold()).isTrue();
        assertThat(o.candidates().get(1).proposed()).isFalse();
    }

    @Test
    void shouldProposeNobodyWhenNoCandidatePassesTheThreshold() {
        QuestionOutcome o = Tally.tally(award(1, null, false), 6, Map.of("LS", 3, "CB", 3));
        assertThat(o.proposed()).isEmpty();
    }

    @Test
    void shouldProposeFewerThanTheQuotaWhenFewPassTheThreshold() {
        QuestionOutcome o = Tally.tally(award(2, null, false), 6, Map.of("LS", 4, "CB", 2, "QN", 2));
        assertThat(o.proposed()).containsExactly("LS");
    }

    @Test
    void shouldDecideATieAtTheQuotasEdgeByTheStandingsAndRecordIt() {
        QuestionOutcome o = Tally.tally(award(2, null, false), 6, Map.of("LS", 6, "HY", 4, "CB", 4));
        assertThat(o.proposed()).containsExactly("LS", "CB");
        assertThat(o.tieDecision()).contains("CB and HY tied at 4 votes").contains("decided by the standings").contains("#2").contains("#5");
    }

    @Test
    void shouldNotCallATieInsideTheQuotaADecision() {
        QuestionOutcome o = Tally.tally(award(2, null, false), 6, Map.of("LS", 4, "CB", 4, "QN", 1));
        assertThat(o.proposed()).containsExactly("LS", "CB");
        assertThat(o.tieDecision()).isNull();
    }
}
