package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;

/**
 * Points the council records for a unit with a reason: a {@code BONUS} (a sudden feat), a
 * {@code PENALTY} (a breach of discipline; positive points that are taken off), or the
 * {@code INSPECTION} score of a qualitative criterion.
 */
public record Adjustment(Kind kind, String criterionCode, BigDecimal points, String reason) {

    public enum Kind { BONUS, PENALTY, INSPECTION }

    public static Adjustment bonus(String points, String reason) {
        return new Adjustment(Kind.BONUS, null, new BigDecimal(points), reason);
    }

    public static Adjustment penalty(String points, String reason) {
        return new Adjustment(Kind.PENALTY, null, new BigDecimal(points), reason);
    }

    public static Adjustment inspection(String criterionCode, String points) {
        return new Adjustment(Kind.INSPECTION, criterionCode, new BigDecimal(points), "inspection");
    }
}
