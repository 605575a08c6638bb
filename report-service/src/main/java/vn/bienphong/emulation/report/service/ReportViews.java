package vn.bienphong.emulation.report.service;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.report.persistence.ReportEntity;
import vn.bienphong.emulation.report.persistence.ReportJson;
import vn.bienphong.emulation.report.persistence.RosterRepository;
import vn.bienphong.emulation.report.persistence.ReportVersionEntity;

/** Reports as the services give them: versions with their unit's name as the roster has it, summaries. */
@ApplicationScoped
public class ReportViews {

    private final ReportJson json;
    private final RosterRepository roster;

    public ReportViews(ReportJson json, RosterRepository roster) {
        this.json = json;
        this.roster = roster;
    }

    /** The names of the reports' units, read once for all of them. */
    public Map<String, String> unitNames(Collection<ReportEntity> reports) {
        return roster.unitNames(reports.stream().map(r -> r.unitCode).distinct().toList());
    }

    public FiledReport report(ReportEntity report, ReportVersionEntity version) {
        return report(report, version, roster.unitName(report.unitCode));
    }

    public FiledReport report(ReportEntity report, ReportVersionEntity version, String unitName) {
        return report(report, version, json.figures(version.figures), json.models(version.models), unitName);
    }

    FiledReport report(ReportEntity report, ReportVersionEntity version, Map<String, BigDecimal> figures,
                       List<ReportFiled.EmulationModel> models, String unitName) {
        return new FiledReport(report.id, version.version, report.currentVersion, version.supersedesVersion,
                report.unitCode, unitName, report.clusterNumber, report.year, report.period(), figures, models,
                version.notes, version.submittedBy, version.submittedAt, report.createdAt);
    }

    public ReportSummary summary(ReportEntity report) {
        return new ReportSummary(report.id, report.currentVersion, report.unitCode, report.clusterNumber,
                report.year, report.period(), report.createdAt, report.updatedAt);
    }
}
