package vn.bienphong.emulation.report.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.common.security.Caller;
import vn.bienphong.emulation.report.domain.ReportPeriod;
import vn.bienphong.emulation.report.persistence.ReportEntity;
import vn.bienphong.emulation.report.persistence.ReportJson;
import vn.bienphong.emulation.report.persistence.ReportVersionEntity;

/**
 * What a report version is written as (its rows) and announced with (its event), the same for a
 * single submission, each report of a batch and an amendment: submitted by the caller, stamped with
 * the transaction's time.
 */
@ApplicationScoped
public class NewReportRecords {

    private final Caller caller;
    private final ReportJson json;

    public NewReportRecords(Caller caller, ReportJson json) {
        this.caller = caller;
        this.json = json;
    }

    /** A new report's rows, its {@code report-submitted.v1} event and how it was stored. */
    public record Prepared(ReportEntity report, ReportVersionEntity version, ReportFiled event, FiledReport filed) {
    }

    /** Version 1 of a checked report, with id {@code id}, stamped {@code now}. */
    public Prepared prepare(NewReportChecks.Checked checked, UUID id, OffsetDateTime now) {
        ReportDraft draft = checked.draft();
        ReportPeriod period = checked.period();
        ReportEntity report = new ReportEntity();
        report.id = id;
        report.unitCode = draft.unitCode();
        report.clusterNumber = draft.clusterNumber();
        report.year = draft.year();
        report.periodKind = period.kind();
        report.periodLabel = period.label();
        report.periodFrom = period.from();
        report.periodTo = period.to();
        report.currentVersion = 1;
        report.createdAt = now;
        report.updatedAt = now;
        List<ReportFiled.EmulationModel> models = draft.models() == null ? List.of() : draft.models();
        ReportVersionEntity version = version(report, 1, null, checked.figures(), models, draft.notes(), now);
        FiledReport filed = new FiledReport(id, 1, 1, null, report.unitCode, checked.unitName(),
                report.clusterNumber, report.year, period, checked.figures(), models, version.notes, version.submittedBy,
                version.submittedAt, report.createdAt);
        return new Prepared(report, version, event(report, version, checked.figures(), models, null), filed);
    }

    /** A version of {@code report}: number {@code number}, superseding {@code supersedes} (null for the first). */
    public ReportVersionEntity version(ReportEntity report, int number, Integer supersedes, Map<String, BigDecimal> figures,
                                       List<ReportFiled.EmulationModel> models, String notes, OffsetDateTime now) {
        ReportVersionEntity version = new ReportVersionEntity();
        version.reportId = report.id;
        version.version = number;
        version.supersedesVersion = supersedes;
        version.figures = json.write(figures);
        version.models = json.write(models);
        version.notes = notes == null || notes.isBlank() ? null : notes.strip();
        version.submittedBy = caller.name();
        version.submittedAt = now;
        return version;
    }

    /** The event of a version: {@code supersededFigures} are those of the version it replaces (null for a new report). */
    public ReportFiled event(ReportEntity report, ReportVersionEntity version, Map<String, BigDecimal> figures,
                             List<ReportFiled.EmulationModel> models, Map<String, BigDecimal> supersededFigures) {
        ReportPeriod p = report.period();
        return new ReportFiled(report.id, version.version, report.unitCode, report.clusterNumber, report.year,
                new ReportFiled.Period(p.kind().name(), p.label(), p.from(), p.to()), figures,
                version.supersedesVersion, supersededFigures, models,
                version.submittedBy, version.submittedAt);
    }
}
