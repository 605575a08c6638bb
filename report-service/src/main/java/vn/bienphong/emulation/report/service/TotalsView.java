package vn.bienphong.emulation.report.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Totals and snapshots as the services give them; the API words them as its DTOs. */
public final class TotalsView {

    private TotalsView() {
    }

    /** One metric's total, with its names and unit of measure (null when the catalogue no longer has it). */
    public record Figure(String metric, String nameVi, String nameEn, String unitOfMeasure, BigDecimal value) {
    }

    /** The totals of a scope (FORCE, CLUSTER or UNIT) for a year, or for one period of it when {@code period} is given. */
    public record Totals(String scope, int year, Integer clusterNumber, String unitCode, String unitName, String period,
                         long reportsCounted, List<Figure> figures) {
    }

    /** A frozen rollup: the totals of every cluster and year as they stood when it was taken. */
    public record Snapshot(LocalDate date, OffsetDateTime takenAt, String trigger, String triggeredBy, int reportsCounted,
                           List<ClusterTotals> clusters) {
    }

    public record ClusterTotals(int clusterNumber, int year, List<Figure> figures) {
    }

    /** A snapshot in the list of snapshots. */
    public record SnapshotInfo(LocalDate date, OffsetDateTime takenAt, String trigger, String triggeredBy, int reportsCounted) {
    }
}
