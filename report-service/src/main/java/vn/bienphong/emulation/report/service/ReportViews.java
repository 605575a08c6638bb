package vn.bienphong.emulation.report.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.report.api.ReportDtos;
import vn.bienphong.emulation.report.domain.ReportPeriod;
import vn.bienphong.emulation.report.persistence.ReportEntity;
import vn.bienphong.emulation.report.persistence.ReportJson;
import vn.bienphong.emulation.report.persistence.ReportVersionEntity;

/** Reports as the API shows them. */
@ApplicationScoped
public class ReportViews {

    private final ReportJson json;
    private final RosterCache roster;

    public ReportViews(ReportJson json, RosterCache roster) {
        this.json = json;
        this.roster = roster;
    }

    public ReportDtos.Report report(ReportEntity report, ReportVersionEntity version) {
        return report(report, version, json.figures(version.figures), json.models(version.models));
    }

    ReportDtos.Report report(ReportEntity report, ReportVersionEntity version, Map<String, BigDecimal> figures,
                             List<ReportFiled.EmulationModel> models) {
        return new ReportDtos.Report(report.id, version.version, report.currentVersion, version.supersedesVersion,
                report.unitCode, roster.unitName(report.unitCode), report.clusterNumber, report.year,
                period(report.period()), figures,
                models.stream().map(m -> new ReportDtos.EmulationModel(m.title(), m.description(), m.product())).toList(),
                version.notes, version.submittedBy, version.submittedAt, report.createdAt);
    }

    public ReportDtos.ReportSummary summary(ReportEntity report) {
        return new ReportDtos.ReportSummary(report.id, report.currentVersion, report.unitCode, report.clusterNumber,
                report.year, period(report.period()), report.createdAt, report.updatedAt);
    }

    static ReportDtos.Period period(ReportPeriod p) {
        return new ReportDtos.Period(p.kind(), p.label(), p.from(), p.to());
    }
}
