package vn.bienphong.emulation.report.api;

import java.util.List;

import vn.bienphong.emulation.common.api.Page;
import vn.bienphong.emulation.common.api.PageRequest;
import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.common.query.Counted;
import vn.bienphong.emulation.report.domain.ReportPeriod;
import vn.bienphong.emulation.report.service.FiledReport;
import vn.bienphong.emulation.report.service.ReportDraft;
import vn.bienphong.emulation.report.service.ReportService;
import vn.bienphong.emulation.report.service.ReportSummary;

/** Reports between the API's form and the service's. */
final class ReportMapping {

    private ReportMapping() {
    }

    static ReportDraft draft(ReportDtos.NewReport report) {
        ReportDtos.Period p = report.period();
        return new ReportDraft(report.unitCode(), report.clusterNumber(), report.year(), p.kind(), p.label(), p.from(), p.to(),
                report.figures(), models(report.models()), report.notes());
    }

    static ReportService.AmendmentDraft amendment(ReportDtos.Amendment amendment) {
        return new ReportService.AmendmentDraft(amendment.basedOnVersion(), amendment.figures(), models(amendment.models()),
                amendment.notes());
    }

    private static List<ReportFiled.EmulationModel> models(List<ReportDtos.EmulationModel> models) {
        return models == null ? List.of() : models.stream()
                .map(m -> new ReportFiled.EmulationModel(m.title(), m.description(), m.product())).toList();
    }

    static ReportDtos.ReportSummary summary(ReportSummary r) {
        return new ReportDtos.ReportSummary(r.id(), r.currentVersion(), r.unitCode(), r.clusterNumber(), r.year(),
                period(r.period()), r.createdAt(), r.changedAt());
    }

    static Page<ReportDtos.ReportSummary> page(Counted<ReportSummary> found, PageRequest page) {
        return Page.of(found.map(ReportMapping::summary).items(), page, found.totalItems());
    }

    static ReportDtos.Report report(FiledReport r) {
        return new ReportDtos.Report(r.id(), r.version(), r.currentVersion(), r.supersedesVersion(), r.unitCode(), r.unitName(),
                r.clusterNumber(), r.year(), period(r.period()), r.figures(),
                r.models().stream().map(m -> new ReportDtos.EmulationModel(m.title(), m.description(), m.product())).toList(),
                r.notes(), r.submittedBy(), r.submittedAt(), r.createdAt());
    }

    static ReportDtos.Period period(ReportPeriod p) {
        return new ReportDtos.Period(p.kind(), p.label(), p.from(), p.to());
    }
}
