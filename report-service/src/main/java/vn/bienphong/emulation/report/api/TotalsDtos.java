package vn.bienphong.emulation.report.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bienphong.emulation.report.service.TotalsView;

/** Totals as the dashboards read them. */
public final class TotalsDtos {

    private TotalsDtos() {
    }

    /** One metric's total, with its names and unit of measure. */
    @Schema(examples = """
            {"metric": "crimeCases", "nameVi": "Số vụ bắt giữ, xử lý", "nameEn": "Crime cases dealt with", "unitOfMeasure": "vụ", "value": 908}""")
    public record Figure(String metric, String nameVi, String nameEn, String unitOfMeasure, BigDecimal value) {
        static List<Figure> of(List<TotalsView.Figure> figures) {
            return figures.stream().map(f -> new Figure(f.metric(), f.nameVi(), f.nameEn(), f.unitOfMeasure(), f.value())).toList();
        }
    }

    /**
     * The totals of a scope (FORCE, CLUSTER or UNIT) for a year; {@code period} null means the
     * regular reports of the whole year (months, quarters, the year; campaigns are tallied apart).
     */
    @Schema(examples = """
            {"scope": "CLUSTER", "year": 2025, "clusterNumber": 1, "unitCode": null, "unitName": null, "period": null,
             "reportsCounted": 6, "figures": [
              {"metric": "borderPatrols", "nameVi": "Tuần tra, kiểm soát biên giới", "nameEn": "Border patrols", "unitOfMeasure": "lượt", "value": 10700},
              {"metric": "crimeCases", "nameVi": "Số vụ bắt giữ, xử lý", "nameEn": "Crime cases dealt with", "unitOfMeasure": "vụ", "value": 908}]}""")
    public record Totals(String scope, int year, @Schema(nullable = true) Integer clusterNumber, @Schema(nullable = true) String unitCode,
                         @Schema(nullable = true) String unitName, @Schema(nullable = true) String period,
                         long reportsCounted, List<Figure> figures) {
        static Totals of(TotalsView.Totals t) {
            return new Totals(t.scope(), t.year(), t.clusterNumber(), t.unitCode(), t.unitName(), t.period(), t.reportsCounted(),
                    Figure.of(t.figures()));
        }
    }

    /** A frozen rollup: the totals of every cluster and year as they stood when it was taken. */
    @Schema(examples = """
            {"date": "2025-12-31", "takenAt": "2025-12-31T23:30:00+07:00", "trigger": "SCHEDULE", "triggeredBy": "scheduler",
             "reportsCounted": 72, "clusters": [{"clusterNumber": 1, "year": 2025, "figures": [{"metric": "crimeCases", "nameVi": "Số vụ bắt giữ, xử lý", "nameEn": "Crime cases dealt with", "unitOfMeasure": "vụ", "value": 908}]}]}""")
    public record Snapshot(LocalDate date, OffsetDateTime takenAt, String trigger, String triggeredBy, int reportsCounted,
                           List<ClusterTotals> clusters) {
        static Snapshot of(TotalsView.Snapshot s) {
            return new Snapshot(s.date(), s.takenAt(), s.trigger(), s.triggeredBy(), s.reportsCounted(), s.clusters().stream()
                    .map(c -> new ClusterTotals(c.clusterNumber(), c.year(), Figure.of(c.figures()))).toList());
        }
    }

    @Schema(examples = """
            {"clusterNumber": 1, "year": 2025, "figures": [{"metric": "crimeCases", "nameVi": "Số vụ bắt giữ, xử lý", "nameEn": "Crime cases dealt with", "unitOfMeasure": "vụ", "value": 908}]}""")
    public record ClusterTotals(int clusterNumber, int year, List<Figure> figures) {
    }

    /** A snapshot in the list of snapshots. */
    @Schema(examples = """
            {"date": "2025-12-31", "takenAt": "2025-12-31T23:30:00+07:00", "trigger": "SCHEDULE", "triggeredBy": "scheduler",
             "reportsCounted": 72}""")
    public record SnapshotInfo(LocalDate date, OffsetDateTime takenAt, String trigger, String triggeredBy, int reportsCounted) {
        static SnapshotInfo of(TotalsView.SnapshotInfo i) {
            return new SnapshotInfo(i.date(), i.takenAt(), i.trigger(), i.triggeredBy(), i.reportsCounted());
        }
    }
}
