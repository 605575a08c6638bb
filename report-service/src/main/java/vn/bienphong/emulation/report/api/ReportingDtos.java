package vn.bienphong.emulation.report.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the reporting status and the model bank give. */
public final class ReportingDtos {

    private ReportingDtos() {
    }

    /** A member of the cluster for the year, and whether it has reported for the period asked. */
    public record MemberStatus(
            String unitCode,
            String unitName,
            @Schema(description = "true when its reports together cover the whole period asked (a campaign: a report for it)")
            boolean reported,
            @Schema(description = "the reports that count for the period: each covers some or all of it")
            List<CountedReport> reports,
            @Schema(description = "what no report covers yet: month labels (2025-03) of a regular period, or the campaign's code")
            List<String> missing) {
    }

    /** A report that counts for the period asked; {@code clusterNumber} is the cluster it was filed for. */
    public record CountedReport(UUID reportId, int clusterNumber, ReportDtos.Period period) {
    }

    /** An emulation model of the model bank, with its unit and the report (latest version) it came from. */
    public record Model(
            String title,
            String description,
            @Schema(description = "the concrete product of the model") String product,
            String unitCode,
            String unitName,
            int clusterNumber,
            int year,
            UUID reportId,
            @Schema(description = "the report's latest version, which the model is part of") int reportVersion,
            ReportDtos.Period period) {
    }

    /** The OpenAPI schema of a page of {@link MemberStatus}: {@code {items, page, size, totalItems, totalPages}}. */
    @Schema(name = "MemberStatusPage")
    public record MemberStatusPage(List<MemberStatus> items, int page, int size, long totalItems, int totalPages) {
    }

    /** The OpenAPI schema of a page of {@link Model}: {@code {items, page, size, totalItems, totalPages}}. */
    @Schema(name = "ModelPage")
    public record ModelPage(List<Model> items, int page, int size, long totalItems, int totalPages) {
    }
}
