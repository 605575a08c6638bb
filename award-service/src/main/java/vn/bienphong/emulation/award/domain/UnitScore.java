package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;
import java.util.List;

/** A unit's score: the points of each criterion, bonus points, penalty points, and the total. */
public record UnitScore(String unitCode, BigDecimal total, List<CriterionScore> breakdown,
                        BigDecimal bonusPoints, BigDecimal penaltyPoints) {

    public BigDecimal pointsOf(String criterionCode) {
        return breakdown.stream().filter(c -> c.criterionCode().equals(criterionCode))
                .map(CriterionScore::points).findFirst().orElse(BigDecimal.ZERO);
    }
}
