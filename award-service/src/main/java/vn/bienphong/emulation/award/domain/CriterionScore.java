package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;

/** What one criterion gave a unit: its figure, the target it was measured against, the weight and the points. */
public record CriterionScore(String criterionCode, String metricCode, BigDecimal actual, BigDecimal target,
                             BigDecimal weight, BigDecimal points) {
}
