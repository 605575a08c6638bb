package vn.bienphong.emulation.report.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which reports count for a period when the secretary asks who has not reported yet (chưa báo cáo).
 *
 * <ul>
 *   <li>A regular period (a month, a quarter, the year) is reported when the unit's regular reports
 *       of that year together cover every month of it: a month by its own report or by the quarter's
 *       or the year's report that contains it; a quarter by its report, the year's, or its three
 *       months' reports; the year by its report or by quarters and months that cover all twelve
 *       months. A report of part of the period counts, but leaves the other months missing.</li>
 *   <li>A campaign is reported only by a report for that campaign (its code); campaign reports never
 *       count for a month, a quarter or the year, and regular reports never count for a campaign.</li>
 *   <li>Which version of a report stands does not matter: a report counts once filed.</li>
 * </ul>
 */
public final class ReportingCoverage {

    private ReportingCoverage() {
    }

    /**
     * Whether the period is reported, the reports that count for it (each covers some of it), and
     * what is still missing: the labels of the months no report covers, or the campaign's code.
     */
    public record Coverage(boolean reported, List<ReportPeriod> counted, List<String> missing) {
    }

    /**
     * The period named by its label alone, as a query gives it: {@code 2025} (the year),
     * {@code 2025-03} (a month), {@code 2025-Q1} (a quarter), or a campaign's code.
     *
     * @throws ReportPeriod.InvalidPeriod when the label names no period of that year
     */
    public static ReportPeriod askedPeriod(int year, String label) {
        if (label == null || label.isBlank()) {
            throw new ReportPeriod.InvalidPeriod("period", "is required: 2025, 2025-03, 2025-Q1 or a campaign's code");
        }
        String trimmed = label.strip();
        if (trimmed.matches("\\d{4}")) {
            return ReportPeriod.of(year, PeriodKind.YEAR, trimmed, null, null);
        }
        if (trimmed.matches("\\d{4}-\\d{1,2}")) {
            return ReportPeriod.of(year, PeriodKind.MONTH, trimmed, null, null);
        }
        if (trimmed.matches("\\d{4}-[Qq]\\d")) {
            return ReportPeriod.of(year, PeriodKind.QUARTER, trimmed.toUpperCase(Locale.ROOT), null, null);
        }
        // a campaign's code is checked as a report's would be; its days are those of its reports
        LocalDate anyDay = LocalDate.of(year, 1, 1);
        ReportPeriod.of(year, PeriodKind.CAMPAIGN, trimmed, anyDay, anyDay);
        return new ReportPeriod(PeriodKind.CAMPAIGN, trimmed, null, null);
    }

    /** How far the unit's reports of the year ({@code filed}) cover the {@code asked} period. */
    public static Coverage of(ReportPeriod asked, Collection<ReportPeriod> filed) {
        if (asked.kind() == PeriodKind.CAMPAIGN) {
            List<ReportPeriod> counted = filed.stream()
                    .filter(p -> p.kind() == PeriodKind.CAMPAIGN && p.label().equals(asked.label())).toList();
            return new Coverage(!counted.isEmpty(), counted, counted.isEmpty() ? List.of(asked.label()) : List.of());
        }
        List<ReportPeriod> regular = filed.stream().filter(p -> p.kind() != PeriodKind.CAMPAIGN).toList();
        List<ReportPeriod> counted = regular.stream().filter(p -> p.overlaps(asked))
                .sorted(Comparator.comparing(ReportPeriod::from)).toList();
        List<String> missing = new ArrayList<>();
        for (YearMonth month = YearMonth.from(asked.from()); !month.atDay(1).isAfter(asked.to()); month = month.plusMonths(1)) {
            YearMonth m = month;
            boolean covered = counted.stream().anyMatch(p -> !p.from().isAfter(m.atDay(1)) && !p.to().isBefore(m.atEndOfMonth()));
            if (!covered) {
                missing.add(month.toString());
            }
        }
        return new Coverage(missing.isEmpty(), counted, missing);
    }
}
