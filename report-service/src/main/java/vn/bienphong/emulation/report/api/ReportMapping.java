package vn.bienphong.emulation.report.api;

import java.util.List;

import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.report.domain.ReportPeriod;
import vn.bienphong.emulation.report.service.FiledReport;
import vn.bienphong.emulation.report.service.ReportDraft;

/** Reports between the API's form and the service's. */
final class ReportMapping {

    private ReportMapping() {
    }

    static ReportDraft draft(ReportDtos.NewReport report) {
        ReportDtos.Period p = report.period();
        List<ReportFiled.EmulationModel> models = report.models() == null ? List.of() : report.models().stream()
                .map(m -> new ReportFiled.EmulationModel(m.title(), m.description(), m.product())).toList();
        return new ReportDraft(report.unitCode(), report.clusterNumber(), report.year(), p.kind(), p.label(), p.from(), p.to(),
                report.figures(), models, report.notes());
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
