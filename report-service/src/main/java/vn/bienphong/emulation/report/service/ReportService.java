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
import vn.bienphong.emulation.report.domain.ReportPeriod;
import vn.bienphong.emulation.report.domain.ReportSupersession;
import vn.bienphong.emulation.report.domain.UnitPeriods;
import vn.bienphong.emulation.report.events.ReportEventPublisher;
import vn.bienphong.emulation.report.persistence.ReportEntity;
import vn.bienphong.emulation.report.persistence.ReportJson;
import vn.bienphong.emulation.report.persistence.ReportSubmissions;
import vn.bienphong.emulation.report.persistence.ReportVersionEntity;

/** Submitting and amending reports: each stores a version and its event in one transaction. */
@ApplicationScoped
public class ReportService {

    /** A correction: the whole content of the new version; {@code basedOnVersion}, when given, the version it corrects. */
    public record AmendmentDraft(Integer basedOnVersion, Map<String, BigDecimal> figures, List<ReportFiled.EmulationModel> models,
                                 String notes) {
    }

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
    public FiledReport submitReport(ReportDraft draft) {
        NewReportChecks.Checked checked = checks.check(draft);
        OffsetDateTime now = requireNoOverlap(draft.unitCode(), draft.year(), checked.period());
        NewReportRecords.Prepared prepared = records.prepare(checked, UUID.randomUUID(), now);
        submissions.insert(prepared.report(), prepared.version());
        events.reportFiled(prepared.event());
        return prepared.filed();
    }

    /**
     * A new version of the report, superseding its current one ({@link ReportSupersession}). The unit must
     * still be a member of the report's cluster in its year, as for a new report.
     *
     * @throws ProblemException 404 (no such report), 403 (another unit's), 409 (based on a superseded version),
     *                          400 (figures), 422 (not a member)
     */
    @Transactional
    public FiledReport amendReport(UUID reportId, AmendmentDraft amendment) {
        ReportEntity report = em.find(ReportEntity.class, reportId, LockModeType.PESSIMISTIC_WRITE);
        if (report == null) {
            throw ProblemException.notFound("no report " + reportId);
        }
        caller.requireMayActFor(report.unitCode);
        ReportSupersession.Amendment outcome = ReportSupersession.amend(report.currentVersion, amendment.basedOnVersion());
        if (outcome instanceof ReportSupersession.Stale stale) {
            throw ProblemException.conflict(stale.reason());
        }
        ReportSupersession.NextVersion next = (ReportSupersession.NextVersion) outcome;
        Map<String, BigDecimal> figures = checks.figures(amendment.figures());
        checks.requireMember(report.unitCode, report.clusterNumber, report.year);
        ReportVersionEntity superseded = ReportVersionEntity.find(reportId, next.supersedes());
        OffsetDateTime now = submissions.transactionTime();
        List<ReportFiled.EmulationModel> models = amendment.models() == null ? List.of() : amendment.models();
        ReportVersionEntity version = records.version(report, next.number(), next.supersedes(), figures, models,
                amendment.notes(), now);
        em.persist(version);
        report.currentVersion = next.number();
        report.updatedAt = now;
        events.reportFiled(records.event(report, version, figures, models, json.figures(superseded.figures)));
        return views.report(report, version, figures, models, views.unitNames(List.of(report)).get(report.unitCode));
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
