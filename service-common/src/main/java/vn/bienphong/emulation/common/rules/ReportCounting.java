package vn.bienphong.emulation.common.rules;

/**
 * Which reports count for which standing or total, the same in report-service's totals and
 * award-service's standings. A report's period is MONTH, QUARTER, YEAR or CAMPAIGN (a peak campaign,
 * named by its code). The regular reports (months, quarters, the year) count toward the year; a
 * campaign report counts only toward its own campaign, never toward the year (its figures are also in
 * the regular reports, so counting it there would count them twice).
 */
public final class ReportCounting {

    private ReportCounting() {
    }

    /** Whether a report of this period kind counts toward the year's totals and standings. */
    public static boolean countsTowardYear(String periodKind) {
        return "MONTH".equals(periodKind) || "QUARTER".equals(periodKind) || "YEAR".equals(periodKind);
    }

    /** Whether a report of this period counts toward the campaign {@code campaignCode}: a campaign report of that code. */
    public static boolean countsTowardCampaign(String periodKind, String periodLabel, String campaignCode) {
        return "CAMPAIGN".equals(periodKind) && campaignCode != null && campaignCode.equals(periodLabel);
    }
}
