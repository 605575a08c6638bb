package vn.bienphong.emulation.common.events.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code report-submitted.v1} (version 1 of a report) and {@code report-amended.v1} (a later
 * version that supersedes the one before), keyed by cluster number. It carries the full figures
 * of the new version and of the version it supersedes, so that a consumer can replace the old
 * figures with the new ones without asking report-service for anything.
 *
 * @param figures           metric code → value of this version (counts are whole numbers, money in VND, quantities exact decimals)
 * @param supersededVersion the version this one replaces, or null for a new report
 * @param supersededFigures the figures of that version, or null for a new report
 */
public record ReportFiled(
        UUID reportId,
        int version,
        String unitCode,
        int clusterNumber,
        int year,
        Period period,
        Map<String, BigDecimal> figures,
        Integer supersededVersion,
        Map<String, BigDecimal> supersededFigures,
        List<EmulationModel> models,
        String submittedBy,
        OffsetDateTime submittedAt) {

    /**
     * The stretch of the year a report covers. {@code kind} is MONTH, QUARTER, YEAR or CAMPAIGN;
     * {@code label} names it ("2025-03", "2025-Q1", "2025", or the campaign's code); {@code from}
     * and {@code to} are its first and last day.
     */
    public record Period(String kind, String label, LocalDate from, LocalDate to) {
    }

    /** A specific emulation model the unit built, with its concrete product. */
    public record EmulationModel(String title, String description, String product) {
    }
}
