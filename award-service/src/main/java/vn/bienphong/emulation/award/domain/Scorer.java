package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Scores the units of one cluster and year against the cluster's scheme. Points have 2 decimals, rounded half up. */
public final class Scorer {

    static final int POINT_SCALE = 2;
    private static final int RATIO_SCALE = 8;

    private Scorer() {
    }

    /** Every unit's score; a criterion without a target is measured against the best figure among {@code units}. */
    public static List<UnitScore> scoreCluster(ScoringScheme scheme, List<UnitPerformance> units) {
        Map<String, BigDecimal> best = new HashMap<>();
        for (Criterion c : scheme.criteria()) {
            if (c.kind() == Criterion.Kind.METRIC && c.target() == null) {
                best.put(c.code(), units.stream().map(u -> u.total(c.metricCode())).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO));
            }
        }
        List<UnitScore> scores = new ArrayList<>(units.size());
        for (UnitPerformance unit : units) {
            scores.add(score(scheme, unit, best));
        }
        return scores;
    }

    static UnitScore score(ScoringScheme scheme, UnitPerformance unit, Map<String, BigDecimal> bestOfCluster) {
        List<CriterionScore> breakdown = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Criterion c : scheme.criteria()) {
            CriterionScore s = c.kind() == Criterion.Kind.METRIC
                    ? metric(c, unit.total(c.metricCode()), c.target() != null ? c.target() : bestOfCluster.get(c.code()))
                    : inspected(c, unit.adjustments());
            breakdown.add(s);
            total = total.add(s.points());
        }
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal penalty = BigDecimal.ZERO;
        for (Adjustment a : unit.adjustments()) {
            if (a.kind() == Adjustment.Kind.BONUS) {
                bonus = bonus.add(a.points());
            } else if (a.kind() == Adjustment.Kind.PENALTY) {
                penalty = penalty.add(a.points());
            }
        }
        for (AwardBonus b : scheme.awardBonuses()) {
            if (unit.awardsReceived().contains(b.awardCode())) {
                bonus = bonus.add(b.points());
            }
        }
        bonus = points(bonus);
        penalty = points(penalty);
        return new UnitScore(unit.unitCode(), points(total.add(bonus).subtract(penalty)), List.copyOf(breakdown), bonus, penalty);
    }

    private static CriterionScore metric(Criterion c, BigDecimal actual, BigDecimal target) {
        BigDecimal points = BigDecimal.ZERO;
        if (target != null && target.signum() > 0 && actual.signum() > 0) {
            BigDecimal ratio = actual.divide(target, RATIO_SCALE, RoundingMode.HALF_UP).min(c.overshootCap());
            points = c.weight().multiply(ratio);
        }
        return new CriterionScore(c.code(), c.metricCode(), actual, target, c.weight(), points(points));
    }

    private static CriterionScore inspected(Criterion c, List<Adjustment> adjustments) {
        BigDecimal given = adjustments.stream()
                .filter(a -> a.kind() == Adjustment.Kind.INSPECTION && c.code().equals(a.criterionCode()))
                .map(Adjustment::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal points = given.max(BigDecimal.ZERO).min(c.weight().multiply(c.overshootCap()));
        return new CriterionScore(c.code(), null, given, c.weight(), c.weight(), points(points));
    }

    private static BigDecimal points(BigDecimal value) {
        return value.setScale(POINT_SCALE, RoundingMode.HALF_UP);
    }
}
