package vn.bienphong.emulation.report.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.bienphong.emulation.common.rules.ReportCounting;

/**
 * The period of a report within its emulation year (a calendar year): a month {@code 2025-03},
 * a quarter {@code 2025-Q1}, the year {@code 2025}, or a peak campaign named by a code
 * ({@code giai-phong-mien-nam-50}) with its first and last day. Months, quarters and the year
 * are the regular reports; campaign reports are tallied apart.
 */
public record ReportPeriod(PeriodKind kind, String label, LocalDate from, LocalDate to) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** A period that is not well formed or not inside the year. */
    public static class InvalidPeriod extends RuntimeException {
        private final String field;

        InvalidPeriod(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public static ReportPeriod of(int year, PeriodKind kind, String label, LocalDate from, LocalDate to) {
        switch (kind) {
            case YEAR -> {
                if (label != null && !label.equals(Integer.toString(year))) {
                    throw new InvalidPeriod("period.label", "the year's period is labelled " + year);
                }
                return new ReportPeriod(kind, Integer.toString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            case MONTH -> {
                Matcher m = matcher(MONTH, label, "a month is labelled YYYY-MM, e.g. " + year + "-03");
                YearMonth month = inYear(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 12, label);
                return new ReportPeriod(kind, label, month.atDay(1), month.atEndOfMonth());
            }
            case QUARTER -> {
                Matcher m = matcher(QUARTER, label, "a quarter is labelled YYYY-Qn, e.g. " + year + "-Q1");
                int quarter = Integer.parseInt(m.group(2));
                YearMonth first = inYear(year, Integer.parseInt(m.group(1)), quarter * 3 - 2, 12, label);
                return new ReportPeriod(kind, label, first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            case CAMPAIGN -> {
                matcher(ReportCounting.CAMPAIGN_CODE, label, ReportCounting.CAMPAIGN_CODE_RULE);
                if (from == null || to == null) {
                    throw new InvalidPeriod("period", "a campaign needs its first and last day (from, to)");
                }
                if (to.isBefore(from)) {
                    throw new InvalidPeriod("period.to", "must not be before from");
                }
                if (from.getYear() != year || to.getYear() != year) {
                    throw new InvalidPeriod("period", "the campaign " + from + " to " + to + " is outside the year " + year);
                }
                return new ReportPeriod(kind, label, from, to);
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    /** Regular reports (months, quarters, the year) of one unit must not cover the same days twice. */
    public boolean overlaps(ReportPeriod other) {
        return kind != PeriodKind.CAMPAIGN && other.kind != PeriodKind.CAMPAIGN
                && !from.isAfter(other.to) && !other.from.isAfter(to);
    }

    private static Matcher matcher(Pattern pattern, String label, String message) {
        Matcher m = label == null ? null : pattern.matcher(label);
        if (m == null || !m.matches()) {
            throw new InvalidPeriod("period.label", message);
        }
        return m;
    }

    private static YearMonth inYear(int year, int labelYear, int month, int maxMonth, String label) {
        if (month < 1 || month > maxMonth) {
            throw new InvalidPeriod("period.label", label + " names no month");
        }
        if (labelYear != year) {
            throw new InvalidPeriod("period.label", label + " is outside the year " + year);
        }
        return YearMonth.of(labelYear, month);
    }
}
