package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;

/**
 * One criterion of a scoring scheme (a content and target of the emulation pact).
 * A {@code METRIC} criterion scores a metric of the report catalogue: {@code weight} points at
 * the target, in proportion below it, and above it up to {@code overshootCap} times the weight
 * (1 = overshoot earns nothing extra). Without a target, the cluster's best figure is the target.
 * A {@code QUALITATIVE} criterion is scored by inspection: the points the council records, at
 * most {@code weight × overshootCap}. {@code aggregation} says how the unit's reports of the year
 * make up its figure, as report-service's catalogue defines the metric: SUM (the default; counts and
 * amounts add up) or MAX (a measure that does not add: the largest figure reported).
 */
public record Criterion(String code, String title, Kind kind, String metricCode, BigDecimal weight,
                        BigDecimal target, BigDecimal overshootCap, Aggregation aggregation) {

    public enum Kind { METRIC, QUALITATIVE }

    /** How a metric's figures of several reports make up one figure (report-service's {@code Aggregation}). */
    public enum Aggregation { SUM, MAX }

    public Criterion {
        if (overshootCap == null) {
            overshootCap = BigDecimal.ONE;
        }
        if (aggregation == null) {
            aggregation = Aggregation.SUM;
        }
    }

    public Criterion(String code, String title, Kind kind, String metricCode, BigDecimal weight, BigDecimal target,
                     BigDecimal overshootCap) {
        this(code, title, kind, metricCode, weight, target, overshootCap, Aggregation.SUM);
    }

    public static Criterion metric(String code, String metricCode, String weight, String target, String cap) {
        return new Criterion(code, code, Kind.METRIC, metricCode, new BigDecimal(weight),
                target == null ? null : new BigDecimal(target), cap == null ? null : new BigDecimal(cap));
    }

    public static Criterion qualitative(String code, String weight) {
        return new Criterion(code, code, Kind.QUALITATIVE, null, new BigDecimal(weight), null, null);
    }
}
