package vn.bienphong.emulation.award.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankingTest {

    private static UnitScore unit(String code, String total, String patrolPoints, String bonus, String penalty) {
        return new UnitScore(code, new BigDecimal(total),
                List.of(new CriterionScore("patrols", "borderPatrols", BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.TEN, new BigDecimal(patrolPoints))),
                new BigDecimal(bonus), new BigDecimal(penalty));
    }

    @Test
    void shouldRankByTotalScoreFirst() {
        List<RankedUnit> ranked = Ranking.rank(List.of(TieBreak.TOTAL_SCORE),
                List.of(unit("A", "70", "0", "0", "0"), unit("B", "90", "0", "0", "0"), unit("C", "80", "0", "0", "0")));
        assertThat(ranked).extracting(r -> r.score().unitCode()).containsExactly("B", "C", "A");
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 2, 3);
        assertThat(ranked).extracting(RankedUnit::decidedBy).containsExactly(null, "TOTAL_SCORE", "TOTAL_SCORE");
    }

    @Test
    void shouldBreakTiesByTheSchemesRulesInOrderAndExplainWhich() {
        List<TieBreak> rules = List.of(TieBreak.TOTAL_SCORE, TieBreak.criterion("patrols"), TieBreak.FEWER_PENALTY_POINTS);
        List<RankedUnit> ranked = Ranking.rank(rules, List.of(
                unit("A", "80", "30", "0", "2"),
                unit("B", "80", "30", "0", "0"),
                unit("C", "80", "35", "0", "5"),
                unit("D", "95", "10", "0", "0")));
        assertThat(ranked).extracting(r -> r.score().unitCode()).containsExactly("D", "C", "B", "A");
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 2, 3, 4);
        assertThat(ranked).extracting(RankedUnit::decidedBy)
                .containsExactly(null, "TOTAL_SCORE", "CRITERION:patrols", "FEWER_PENALTY_POINTS");
    }

    @Test
    void shouldShareARankWhenNoRuleSeparatesUnits() {
        List<RankedUnit> ranked = Ranking.rank(List.of(TieBreak.TOTAL_SCORE, TieBreak.MORE_BONUS_POINTS), List.of(
                unit("C", "50", "0", "1", "0"), unit("B", "60", "0", "0", "0"), unit("A", "50", "0", "1", "0"),
                unit("D", "40", "0", "0", "0")));
        assertThat(ranked).extracting(r -> r.score().unitCode()).containsExactly("B", "A", "C", "D");
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 2, 2, 4);
        assertThat(ranked.get(2).decidedBy()).isEqualTo("tied");
    }

    @ParameterizedTest
    @CsvSource({
            "TOTAL_SCORE, TOTAL_SCORE",
            "criterion:patrols, CRITERION:patrols",
            "fewer_penalty_points, FEWER_PENALTY_POINTS",
            "MORE_BONUS_POINTS, MORE_BONUS_POINTS"})
    void shouldReadTieBreakRules(String text, String expected) {
        assertThat(TieBreak.parse(text).toString()).isEqualTo(expected);
    }

    @Test
    void shouldRefuseUnknownTieBreakRules() {
        assertThatThrownBy(() -> TieBreak.parse("LOUDEST")).hasMessageContaining("unknown tie-break rule");
        assertThatThrownBy(() -> TieBreak.parse("CRITERION:")).hasMessageContaining("criterion code");
    }
}
