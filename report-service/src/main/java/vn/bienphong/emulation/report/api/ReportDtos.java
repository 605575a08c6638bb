package vn.bienphong.emulation.report.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bienphong.emulation.common.api.EmulationYears;
import vn.bienphong.emulation.report.domain.PeriodKind;

/** What the reports API takes and gives. */
public final class ReportDtos {

    private ReportDtos() {
    }

    /**
     * A report of one unit for one period. {@code figures}: metric code → value, a JSON number
     * (counts and money whole, decimals exact); the codes are those of {@code GET /api/v1/metrics}.
     */
    @Schema(examples = """
            {"unitCode": "BDBP-LANG-SON", "clusterNumber": 1, "year": 2025,
             "period": {"kind": "MONTH", "label": "2025-03"},
             "figures": {"borderPatrols": 150, "crimeCases": 12, "budgetCollectedVnd": 6500000000},
             "models": [{"title": "Mô hình \\"Mỗi đồn biên phòng một địa chỉ nhân đạo\\"",
                         "description": "Giúp đỡ học sinh nghèo vùng biên giới", "product": "120 suất học bổng"}],
             "notes": "Báo cáo tháng 3"}""")
    public record NewReport(
            @NotBlank(message = "is required") @Size(max = 60, message = "must be at most 60 characters") String unitCode,
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more") Integer clusterNumber,
            @NotNull(message = "is required") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) Integer year,
            @NotNull(message = "is required") @Valid Period period,
            @NotNull(message = "is required") @Size(max = 200, message = "must have at most 200 figures") Map<String, BigDecimal> figures,
            @Size(max = 20, message = "must have at most 20 models") List<@NotNull(message = "must not be null") @Valid EmulationModel> models,
            @Schema(nullable = true) @Size(max = 4000, message = "must be at most 4000 characters") String notes) {
    }

    /** A correction: the whole content of the new version. {@code basedOnVersion}, when given, must be the current version. */
    @Schema(examples = """
            {"basedOnVersion": 1, "figures": {"borderPatrols": 152, "crimeCases": 13, "budgetCollectedVnd": 6500000000},
             "models": [{"title": "Mô hình \\"Mỗi đồn biên phòng một địa chỉ nhân đạo\\"",
                         "description": "Giúp đỡ học sinh nghèo vùng biên giới", "product": "120 suất học bổng"}],
             "notes": "Bổ sung 2 lượt tuần tra, 1 vụ bắt giữ"}""")
    public record Amendment(
            Integer basedOnVersion,
            @NotNull(message = "is required") @Size(max = 200, message = "must have at most 200 figures") Map<String, BigDecimal> figures,
            @Size(max = 20, message = "must have at most 20 models") List<@NotNull(message = "must not be null") @Valid EmulationModel> models,
            @Schema(nullable = true) @Size(max = 4000, message = "must be at most 4000 characters") String notes) {
    }

    /** MONTH ({@code 2025-03}), QUARTER ({@code 2025-Q1}), YEAR ({@code 2025}, label optional) or CAMPAIGN (a code, with from and to). */
    @Schema(examples = """
            {"kind": "MONTH", "label": "2025-03", "from": "2025-03-01", "to": "2025-03-31"}""")
    public record Period(
            @NotNull(message = "is required") PeriodKind kind,
            @Size(max = 60, message = "must be at most 60 characters") String label,
            LocalDate from,
            LocalDate to) {
    }

    /** A specific emulation model the unit built in the period, with its concrete product. */
    @Schema(examples = """
            {"title": "Mô hình \\"Mỗi đồn biên phòng một địa chỉ nhân đạo\\"",
             "description": "Giúp đỡ học sinh nghèo vùng biên giới", "product": "120 suất học bổng"}""")
    public record EmulationModel(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
            @Size(max = 4000, message = "must be at most 4000 characters") String description,
            @Size(max = 1000, message = "must be at most 1000 characters") String product) {
    }

    /** One version of a report; {@code currentVersion} tells whether a later one supersedes it. */
    @Schema(examples = """
            {"id": "6f1c2a9e-0c1b-4d8e-9a51-2b7d0f3c4e10", "version": 1, "currentVersion": 1, "supersedesVersion": null,
             "unitCode": "BDBP-LANG-SON", "unitName": "Bộ đội Biên phòng tỉnh Lạng Sơn", "clusterNumber": 1, "year": 2025,
             "period": {"kind": "MONTH", "label": "2025-03", "from": "2025-03-01", "to": "2025-03-31"},
             "figures": {"borderPatrols": 150, "crimeCases": 12, "budgetCollectedVnd": 6500000000},
             "models": [{"title": "Mô hình \\"Mỗi đồn biên phòng một địa chỉ nhân đạo\\"",
                         "description": "Giúp đỡ học sinh nghèo vùng biên giới", "product": "120 suất học bổng"}],
             "notes": "Báo cáo tháng 3", "submittedBy": "unit-BDBP-LANG-SON",
             "submittedAt": "2025-04-02T08:15:00+07:00", "createdAt": "2025-04-02T08:15:00+07:00"}""")
    public record Report(
            UUID id,
            int version,
            int currentVersion,
            @Schema(nullable = true) Integer supersedesVersion,
            String unitCode,
            String unitName,
            int clusterNumber,
            int year,
            Period period,
            Map<String, BigDecimal> figures,
            List<EmulationModel> models,
            @Schema(nullable = true) String notes,
            String submittedBy,
            OffsetDateTime submittedAt,
            OffsetDateTime createdAt) {
    }

    /** A report as the list and the change feed show it (figures of the current version). */
    @Schema(examples = """
            {"id": "6f1c2a9e-0c1b-4d8e-9a51-2b7d0f3c4e10", "currentVersion": 2, "unitCode": "BDBP-LANG-SON",
             "clusterNumber": 1, "year": 2025, "period": {"kind": "MONTH", "label": "2025-03", "from": "2025-03-01", "to": "2025-03-31"},
             "createdAt": "2025-04-02T08:15:00+07:00", "changedAt": "2025-04-05T14:40:00+07:00"}""")
    public record ReportSummary(
            UUID id,
            int currentVersion,
            String unitCode,
            int clusterNumber,
            int year,
            Period period,
            OffsetDateTime createdAt,
            OffsetDateTime changedAt) {
    }
}
