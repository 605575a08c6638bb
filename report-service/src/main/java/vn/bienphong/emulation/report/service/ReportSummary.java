package vn.bienphong.emulation.report.service;

import java.time.OffsetDateTime;
import java.util.UUID;

import vn.bienphong.emulation.report.domain.ReportPeriod;

/** A report as lists and the change feed show it: which report, its current version, when it changed. */
public record ReportSummary(
        UUID id,
        int currentVersion,
        String unitCode,
        int clusterNumber,
        int year,
        ReportPeriod period,
        OffsetDateTime createdAt,
        OffsetDateTime changedAt) {
}
