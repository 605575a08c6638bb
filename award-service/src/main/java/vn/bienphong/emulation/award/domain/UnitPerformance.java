package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a unit brings to the scoring: its totals per metric for the year, the council's adjustments, the awards it received. */
public record UnitPerformance(String unitCode, Map<String, BigDecimal> totals, List<Adjustment> adjustments,
                              Set<String> awardsReceived) {

    public UnitPerformance {
        totals = Map.copyOf(totals);
        adjustments = List.copyOf(adjustments);
        awardsReceived = Set.copyOf(awardsReceived);
    }

    public static UnitPerformance of(String unitCode, Map<String, BigDecimal> totals) {
        return new UnitPerformance(unitCode, totals, List.of(), Set.of());
    }

    public BigDecimal total(String metricCode) {
        return totals.getOrDefault(metricCode, BigDecimal.ZERO);
    }
}
