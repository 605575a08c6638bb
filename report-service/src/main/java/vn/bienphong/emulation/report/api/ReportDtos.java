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
    public record NewReport(
            @NotBlank(message = "is required") @Size(max = 60, message = "must be at most 60 characters") String unitCode,
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more") Integer clusterNumber,
            @NotNull(message = "is required") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) Integer year,
            @NotNull(message = "is required") @Valid Period period,
            @NotNull(message = "is required") @Size(max = 200, message = "must have at most 200 figures") Map<String, BigDecimal> figures,
            @Size(max = 20, message = "must have at most 20 models") List<@NotNull(message = "must not be null") @Valid EmulationModel> models,
            @Size(max = 4000, message = "must be at most 4000 characters") String notes) {
    }

    /** A correction: the whole content of the new version. {@code basedOnVersion}, when given, must be the current version. */
    public record Amendment(
            Integer basedOnVersion,
            @NotNull(message = "is required") @Size(max = 200, message = "must have at most 200 figures") Map<String, BigDecimal> figures,
            @Size(max = 20, message = "must have at most 20 models") List<@NotNull(message = "must not be null") @Valid EmulationModel> models,
            @Size(max = 4000, message = "must be at most 4000 characters") String notes) {
    }

    /** MONTH ({@code 2025-03}), QUARTER ({@code 2025-Q1}), YEAR ({@code 2025}, label optional) or CAMPAIGN (a code, with from and to). */
    public record Period(
            @NotNull(message = "is required") PeriodKind kind,
            @Size(max = 60, message = "must be at most 60 characters") String label,
            LocalDate from,
            LocalDate to) {
    }

    /** A specific emulation model the unit built in the period, with its concrete product. */
    public record EmulationModel(
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String title,
            @Size(max = 4000, message = "must be at most 4000 characters") String description,
            @Size(max = 1000, message = "must be at most 1000 characters") String product) {
    }

    /** One version of a report; {@code currentVersion} tells whether a later one supersedes it. */
    public record Report(
            UUID id,
            int version,
            int currentVersion,
            Integer supersedesVersion,
            String unitCode,
            String unitName,
            int clusterNumber,
            int year,
            Period period,
            Map<String, BigDecimal> figures,
            List<EmulationModel> models,
            String notes,
            String submittedBy,
            OffsetDateTime submittedAt,
            OffsetDateTime createdAt) {
    }

    /** A report as the list and the change feed show it (figures of the current version). */
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
