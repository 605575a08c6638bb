package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit's figure of a metric from its reports, as the metric's aggregation says: SUM adds the
 * reports' figures (kept as running totals as reports arrive), MAX takes the largest figure
 * reported (a measure that does not add up). The scheme's criteria declare the aggregation of
 * their metric, as report-service's catalogue defines it.
 */
public final class MetricAggregation {

    private MetricAggregation() {
    }

    /** The metrics the scheme takes at their largest figure. */
    public static Set<String> largestOf(ScoringScheme scheme) {
        Set<String> metrics = new java.util.HashSet<>();
        for (Criterion c : scheme.criteria()) {
            if (c.kind() == Criterion.Kind.METRIC && c.aggregation() == Criterion.Aggregation.MAX && c.metricCode() != null) {
                metrics.add(c.metricCode());
            }
        }
        return metrics;
    }

    /**
     * The units' figures: their summed totals, with each metric of {@code largest} replaced by the
     * largest figure among the unit's reports (absent when no report gives it).
     *
     * @param totals  unit → metric → sum of its reports
     * @param reports unit → the figures of each of its reports that count
     */
    public static Map<String, Map<String, BigDecimal>> figures(Map<String, Map<String, BigDecimal>> totals, Set<String> largest,
                                                               Map<String, List<Map<String, BigDecimal>>> reports) {
        if (largest.isEmpty()) {
            return totals;
        }
        Map<String, Map<String, BigDecimal>> figures = new HashMap<>();
        totals.forEach((unit, t) -> {
            Map<String, BigDecimal> f = new HashMap<>(t);
            f.keySet().removeAll(largest);
            figures.put(unit, f);
        });
        reports.forEach((unit, list) -> {
            for (Map<String, BigDecimal> report : list) {
                for (String metric : largest) {
                    BigDecimal value = report.get(metric);
                    if (value != null) {
                        figures.computeIfAbsent(unit, u -> new HashMap<>()).merge(metric, value, BigDecimal::max);
                    }
                }
            }
        });
        return figures;
    }
}
