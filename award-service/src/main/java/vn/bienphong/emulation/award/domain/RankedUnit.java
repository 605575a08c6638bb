package vn.bienphong.emulation.award.domain;

/**
 * A unit's place in the standings. {@code decidedBy} explains why it is below the unit before it
 * (the tie-break rule that separated them), "tied" when no rule did, null for the first.
 */
public record RankedUnit(int rank, UnitScore score, String decidedBy) {
}
