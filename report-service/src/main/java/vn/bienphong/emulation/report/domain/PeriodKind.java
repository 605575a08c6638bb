package vn.bienphong.emulation.report.domain;

/** The stretch of an emulation year a report covers. */
public enum PeriodKind {
    MONTH,
    QUARTER,
    YEAR,
    /** a named peak campaign (đợt thi đua cao điểm); its figures are also in the regular reports */
    CAMPAIGN
}
