package vn.bienphong.emulation.award.domain;

/** Who a commendation goes to: a collective (tập thể: a unit) or an individual (cá nhân). */
public enum RecipientKind { COLLECTIVE, INDIVIDUAL }
