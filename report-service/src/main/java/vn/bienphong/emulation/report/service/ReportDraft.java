package vn.bienphong.emulation.report.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.report.domain.PeriodKind;

/**
 * A new report as a unit or a command system submits it, before any check: the unit, its cluster
 * and year, the period as given, the figures, the emulation models and the notes.
 */
public record ReportDraft(
        String unitCode,
        int clusterNumber,
        int year,
        PeriodKind periodKind,
        String periodLabel,
        LocalDate periodFrom,
        LocalDate periodTo,
        Map<String, BigDecimal> figures,
        List<ReportFiled.EmulationModel> models,
        String notes) {
}
