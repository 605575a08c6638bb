package vn.bienphong.emulation.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricAggregationTest {

    @ParameterizedTest(name = "{0}: reports {1} and {2} (sum {3}) make {4}")
    @CsvSource({
            "SUM, 5, 7, 12, 12",
            "MAX, 5, 7, 12, 7",
            "MAX, 9, 2, 11, 9"})
    void shouldTakeTheSumOrTheLargestFigureAsTheCriterionSays(Criterion.Aggregation aggregation, String first, String second,
                                                             String sum, String figure) {
        ScoringScheme scheme = new ScoringScheme(List.of(new Criterion("units", "units", Criterion.Kind.METRIC, "modelUnits",
                BigDecimal.TEN, null, null, aggregation)), List.of(), List.of());
        Map<String, Map<String, BigDecimal>> figures = MetricAggregation.figures(
                Map.of("CB", Map.of("modelUnits", new BigDecimal(sum), "crimeCases", BigDecimal.ONE)),
                MetricAggregation.largestOf(scheme),
                Map.of("CB", List.of(Map.of("modelUnits", new BigDecimal(first)), Map.of("modelUnits", new BigDecimal(second)))));
        assertThat(figures.get("CB").get("modelUnits")).isEqualByComparingTo(figure);
        assertThat(figures.get("CB").get("crimeCases")).isEqualByComparingTo("1");
    }

    @ParameterizedTest(name = "aggregations {0} and {1} of one metric allowed: {2}")
    @CsvSource({"SUM, SUM, true", "MAX, MAX, true", "SUM, MAX, false"})
    void shouldAggregateAMetricOneWayInAScheme(Criterion.Aggregation a, Criterion.Aggregation b, boolean allowed) {
        ScoringScheme scheme = new ScoringScheme(List.of(
                new Criterion("a", "a", Criterion.Kind.METRIC, "modelUnits", BigDecimal.TEN, null, null, a),
                new Criterion("b", "b", Criterion.Kind.METRIC, "modelUnits", BigDecimal.TEN, null, null, b)), List.of(), List.of());
        assertThat(scheme.violations().stream().noneMatch(v -> v.toString().contains("aggregated one way"))).isEqualTo(allowed);
        assertThat(MetricAggregation.largestOf(scheme)).isEqualTo(a == Criterion.Aggregation.MAX || b == Criterion.Aggregation.MAX
                ? Set.of("modelUnits") : Set.of());
    }
}
