package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;

/** Bonus points a scheme grants for an award the unit received in the year (e.g. a Ministry flag +10, a Government flag +15). */
public record AwardBonus(String awardCode, BigDecimal points) {
}
