package vn.bienphong.emulation.report.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The reports one unit has filed for one year, and whether it may file another for a period:
 * one report per unit and period (a second one is an amendment of the first), and the regular
 * reports of a unit (months, quarters, the year) cover each day at most once. Campaign reports
 * may overlap anything but a report for the same campaign.
 *
 * <p>Every path that files a new report asks it, under the lock of the unit's year; a batch adds
 * each report it accepts ({@link #add}), so that a later item of the same batch is checked against it.
 */
public final class UnitPeriods {

    /** A report the unit has for the year. */
    public record Filed(UUID reportId, ReportPeriod period) {
    }

    public sealed interface Check permits Free, Clash {
    }

    /** The period is free: the report may be filed. */
    public record Free() implements Check {
    }

    /** The period is taken or overlaps one that is: the report is refused, for this reason. */
    public record Clash(UUID reportId, String reason) implements Check {
    }

    private static final Free FREE = new Free();

    private final String unitCode;
    private final List<Filed> filed;

    public UnitPeriods(String unitCode, List<Filed> filed) {
        this.unitCode = unitCode;
        this.filed = new ArrayList<>(filed);
    }

    public Check check(ReportPeriod period) {
        for (Filed existing : filed) {
            ReportPeriod other = existing.period();
            if (other.label().equals(period.label())) {
                return new Clash(existing.reportId(), "unit " + unitCode + " has a report for " + period.label()
                        + " already (" + existing.reportId() + "); amend that one");
            }
            if (period.overlaps(other)) {
                return new Clash(existing.reportId(), "the period " + period.label() + " overlaps the report for "
                        + other.label() + " (" + existing.reportId() + ") of unit " + unitCode);
            }
        }
        return FREE;
    }

    /** Counts a report filed in the same transaction, for the checks that follow. */
    public void add(UUID reportId, ReportPeriod period) {
        filed.add(new Filed(reportId, period));
    }
}
