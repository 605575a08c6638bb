package vn.bienphong.emulation.report.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.bienphong.emulation.report.service.TotalsView;

/** Totals as the dashboards read them. */
public final class TotalsDtos {

    private TotalsDtos() {
    }

    /** One metric's total, with its names and unit of measure. */
    public record Figure(String metric, String nameVi, String nameEn, String unitOfMeasure, BigDecimal value) {
        static List<Figure> of(List<TotalsView.Figure> figures) {
            return figures.stream().map(f -> new Figure(f.metric(), f.nameVi(), f.nameEn(), f.unitOfMeasure(), f.value())).toList();
        }
    }

    /**
     * The totals of a scope (FORCE, CLUSTER or UNIT) for a year; {@code period} null means the
     * regular reports of the whole year (months, quarters, the year; campaigns are tallied apart).
     */
    public record Totals(String scope, int year, Integer clusterNumber, String unitCode, String unitName, String period,
                         long reportsCounted, List<Figure> figures) {
        static Totals of(TotalsView.Totals t) {
            return new Totals(t.scope(), t.year(), t.clusterNumber(), t.unitCode(), t.unitName(), t.period(), t.reportsCounted(),
                    Figure.of(t.figures()));
        }
    }

    /** A frozen rollup: the totals of every cluster and year as they stood when it was taken. */
    public record Snapshot(LocalDate date, OffsetDateTime takenAt, String trigger, String triggeredBy, int reportsCounted,
                           List<ClusterTotals> clusters) {
        static Snapshot of(TotalsView.Snapshot s) {
            return new Snapshot(s.date(), s.takenAt(), s.trigger(), s.triggeredBy(), s.reportsCounted(), s.clusters().stream()
                    .map(c -> new ClusterTotals(c.clusterNumber(), c.year(), Figure.of(c.figures()))).toList());
        }
    }

    public record ClusterTotals(int clusterNumber, int year, List<Figure> figures) {
    }

    /** A snapshot in the list of snapshots. */
    public record SnapshotInfo(LocalDate date, OffsetDateTime takenAt, String trigger, String triggeredBy, int reportsCounted) {
        static SnapshotInfo of(TotalsView.SnapshotInfo i) {
            return new SnapshotInfo(i.date(), i.takenAt(), i.trigger(), i.triggeredBy(), i.reportsCounted());
        }
    }
}
