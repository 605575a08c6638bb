package vn.bienphong.emulation.award.domain;

/** Why a commendation is given: regular (thường xuyên, at the year's end) or ad hoc (đột xuất, for a sudden feat). */
public enum Occasion { REGULAR, AD_HOC }
