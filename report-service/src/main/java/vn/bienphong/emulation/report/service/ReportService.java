package vn.bienphong.emulation.report.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Caller;
import vn.bienphong.emulation.report.api.ReportDtos;
import vn.bienphong.emulation.report.domain.ReportPeriod;
import vn.bienphong.emulation.report.domain.UnitPeriods;
import vn.bienphong.emulation.report.events.ReportEventPublisher;
import vn.bienphong.emulation.report.persistence.ReportEntity;
import vn.bienphong.emulation.report.persistence.ReportJson;
import vn.bienphong.emulation.report.persistence.ReportSubmissions;
import vn.bienphong.emulation.report.persistence.ReportVersionEntity;

/** Submitting and amending reports: each stores a version and its event in one transaction. */
@ApplicationScoped
public class ReportService {

    private final EntityManager em;
    private final Caller caller;
    private final NewReportChecks checks;
    private final NewReportRecords records;
    private final ReportJson json;
    private final ReportEventPublisher events;
    private final ReportViews views;
    private final ReportSubmissions submissions;

    public ReportService(EntityManager em, Caller caller, NewReportChecks checks, NewReportRecords records,
                         ReportJson json, ReportEventPublisher events, ReportViews views, ReportSubmissions submissions) {
        this.em = em;
        this.caller = caller;
        this.checks = checks;
        this.records = records;
        this.json = json;
        this.events = events;
        this.views = views;
        this.submissions = submissions;
    }

    @Transactional
    public ReportDtos.Report submitReport(ReportDtos.NewReport request) {
        ReportDtos.Period p = request.period();
        NewReportChecks.Checked checked = checks.check(new ReportDraft(request.unitCode(), request.clusterNumber(),
                request.year(), p.kind(), p.label(), p.from(), p.to(), request.figures(), models(request.models()), request.notes()));
        OffsetDateTime now = requireNoOverlap(request.unitCode(), request.year(), checked.period());
        NewReportRecords.Prepared prepared = records.prepare(checked, UUID.randomUUID(), now);
        submissions.insert(prepared.report(), prepared.version());
        events.reportFiled(prepared.event());
        return views.report(prepared.report(), prepared.version(), checked.figures(), prepared.filed().models());
    }

    @Transactional
    public ReportDtos.Report amendReport(UUID reportId, ReportDtos.Amendment amendment) {
        ReportEntity report = em.find(ReportEntity.class, reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null) {
            throw ProblemException.notFound("no report " + reportId);
        }
        caller.requireMayActFor(report.unitCode);
        if (amendment.basedOnVersion() != null && amendment.basedOnVersion() != report.currentVersion) {
            throw ProblemException.conflict("the amendment is based on version " + amendment.basedOnVersion()
                    + " but the report is at version " + report.currentVersion);
        }
        Map<String, BigDecimal> figures = checks.figures(amendment.figures());
        ReportVersionEntity previous = ReportVersionEntity.find(reportId, report.currentVersion);
        OffsetDateTime now = submissions.transactionTime();
        int next = report.currentVersion + 1;
        List<ReportFiled.EmulationModel> models = models(amendment.models());
        ReportVersionEntity version = newVersion(report, next, report.currentVersion, figures, models, amendment.notes(), now);
        em.persist(version);
        report.currentVersion = next;
        report.updatedAt = now;
        events.reportFiled(filed(report, version, figures, models, json.figures(previous.figures)));
        return views.report(report, version, figures, models);
    }

    private ReportVersionEntity newVersion(ReportEntity report, int number, Integer supersedes, Map<String, BigDecimal> figures,
                                           List<ReportFiled.EmulationModel> models, String notes, OffsetDateTime now) {
        return records.version(report, number, supersedes, figures, models, notes, now);
    }

    private static List<ReportFiled.EmulationModel> models(List<ReportDtos.EmulationModel> models) {
        return models == null ? List.of() : models.stream()
                .map(m -> new ReportFiled.EmulationModel(m.title(), m.description(), m.product())).toList();
    }

    private ReportFiled filed(ReportEntity report, ReportVersionEntity version, Map<String, BigDecimal> figures,
                              List<ReportFiled.EmulationModel> models, Map<String, BigDecimal> supersededFigures) {
        return records.event(report, version, figures, models, supersededFigures);
    }

    /**
     * One report per unit and period; the regular reports of a unit and year cover each day at most once.
     * Returns the transaction's time, which the new report is stamped with.
     */
    private OffsetDateTime requireNoOverlap(String unitCode, int year, ReportPeriod period) {
        ReportSubmissions.LockedUnitYear unitYear = submissions.lockUnitYear(unitCode, year);
        if (new UnitPeriods(unitCode, unitYear.reports()).check(period) instanceof UnitPeriods.Clash clash) {
            throw ProblemException.conflict(clash.reason());
        }
        return unitYear.transactionTime();
    }
}
