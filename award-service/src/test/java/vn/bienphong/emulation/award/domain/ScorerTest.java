package vn.bienphong.emulation.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

    private static final ScoringScheme PACT = new ScoringScheme(List.of(
            Criterion.metric("patrols", "borderPatrols", "40", "2000", "1.2"),
            Criterion.metric("crime", "crimeCases", "30", "150", null),
            Criterion.qualitative("models", "30")),
            List.of(new AwardBonus("MINISTRY_FLAG", new BigDecimal("10")), new AwardBonus("GOVERNMENT_FLAG", new BigDecimal("15"))),
            List.of(TieBreak.TOTAL_SCORE));

    @ParameterizedTest(name = "{0} patrols against a target of 2000 (weight 40, cap 1.2) give {1} points")
    @CsvSource({
            "0, 0.00",
            "1000, 20.00",
            "2000, 40.00",
            "2200, 44.00",
            "2400, 48.00",
            "9000, 48.00",
            "1, 0.02",
            "1333, 26.66"})
    void shouldScoreAMetricInProportionToItsTargetWithCappedOvershoot(String patrols, String points) {
        UnitScore s = score(UnitPerformance.of("A", Map.of("borderPatrols", new BigDecimal(patrols))));
        assertThat(s.pointsOf("patrols")).isEqualByComparingTo(points);
    }

    @Test
    void shouldGiveNoExtraForOvershootWhenTheCapIsOne() {
        UnitScore s = score(UnitPerformance.of("A", Map.of("crimeCases", new BigDecimal("300"))));
        assertThat(s.pointsOf("crime")).isEqualByComparingTo("30.00");
    }

    @Test
    void shouldAddInspectionPointsBonusesAndAwardsAndTakeOffPenalties() {
        UnitPerformance unit = new UnitPerformance("A",
                Map.of("borderPatrols", new BigDecimal("2000"), "crimeCases", new BigDecimal("75")),
                List.of(Adjustment.inspection("models", "25.5"), Adjustment.bonus("5", "sudden feat: rescue at sea"),
                        Adjustment.penalty("3", "breach of discipline")),
                Set.of("MINISTRY_FLAG"));
        UnitScore s = score(unit);
        assertThat(s.pointsOf("patrols")).isEqualByComparingTo("40");
        assertThat(s.pointsOf("crime")).isEqualByComparingTo("15");
        assertThat(s.pointsOf("models")).isEqualByComparingTo("25.5");
        assertThat(s.bonusPoints()).isEqualByComparingTo("15");
        assertThat(s.penaltyPoints()).isEqualByComparingTo("3");
        assertThat(s.total()).isEqualByComparingTo("92.50");
        assertThat(s.breakdown()).extracting(CriterionScore::criterionCode).containsExactly("patrols", "crime", "models");
    }

    @Test
    void shouldCapInspectionPointsAtTheWeight() {
        UnitPerformance unit = new UnitPerformance("A", Map.of(), List.of(Adjustment.inspection("models", "45")), Set.of());
        assertThat(score(unit).pointsOf("models")).isEqualByComparingTo("30");
    }

    @Test
    void shouldAddTheGovernmentFlagBonusOfTheScheme() {
        UnitPerformance unit = new UnitPerformance("A", Map.of(), List.of(), Set.of("GOVERNMENT_FLAG", "MINISTRY_FLAG", "OTHER"));
        assertThat(score(unit).bonusPoints()).isEqualByComparingTo("25");
    }

    @Test
    void shouldMeasureACriterionWithoutTargetAgainstTheBestOfTheCluster() {
        List<UnitScore> scores = Scorer.scoreCluster(ScoringScheme.defaultScheme(), List.of(
                UnitPerformance.of("A", Map.of("borderPatrols", new BigDecimal("2000"))),
                UnitPerformance.of("B", Map.of("borderPatrols", new BigDecimal("1500"))),
                UnitPerformance.of("C", Map.of())));
        assertThat(scores).extracting(s -> s.pointsOf("border-patrols"))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("25"), new BigDecimal("18.75"), BigDecimal.ZERO);
        assertThat(scores.get(0).breakdown().get(0).target()).isEqualByComparingTo("2000");
    }

    @Test
    void shouldKeepExactDecimalsForLargeMoneyFigures() {
        ScoringScheme money = new ScoringScheme(List.of(Criterion.metric("budget", "budgetCollectedVnd", "10", "78000000000", null)), null, null);
        UnitScore s = Scorer.scoreCluster(money, List.of(UnitPerformance.of("A", Map.of("budgetCollectedVnd", new BigDecimal("39000000000"))))).get(0);
        assertThat(s.total()).isEqualByComparingTo("5.00");
    }

    @Test
    void shouldFindWhatIsWrongWithAScheme() {
        ScoringScheme bad = new ScoringScheme(List.of(
                new Criterion("a", "A", Criterion.Kind.METRIC, null, BigDecimal.TEN, BigDecimal.ZERO, new BigDecimal("0.5")),
                Criterion.qualitative("a", "5")),
                List.of(), List.of(TieBreak.criterion("zzz")));
        assertThat(bad.violations()).extracting(ScoringScheme.Violation::field)
                .contains("criteria[0].metricCode", "criteria[0].target", "criteria[0].overshootCap", "criteria[1].code", "tieBreaks[0]");
        assertThat(ScoringScheme.defaultScheme().violations()).isEmpty();
        assertThat(PACT.violations()).isEmpty();
    }

    private static UnitScore score(UnitPerformance unit) {
        return Scorer.scoreCluster(PACT, List.of(unit)).get(0);
    }
}
