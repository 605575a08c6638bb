package vn.bienphong.emulation.award.domain;

/** Where a nomination (a proposal of a closed ballot to the Emulation and Commendation Council) stands. */
public enum NominationStatus { PROPOSED, APPROVED, REJECTED }
