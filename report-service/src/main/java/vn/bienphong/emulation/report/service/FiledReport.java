package vn.bienphong.emulation.report.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.report.domain.ReportPeriod;

/** One version of a report as it was stored, with the unit's name as the roster knows it. */
public record FiledReport(
        UUID id,
        int version,
        int currentVersion,
        Integer supersedesVersion,
        String unitCode,
        String unitName,
        int clusterNumber,
        int year,
        ReportPeriod period,
        Map<String, BigDecimal> figures,
        List<ReportFiled.EmulationModel> models,
        String notes,
        String submittedBy,
        OffsetDateTime submittedAt,
        OffsetDateTime createdAt) {
}
