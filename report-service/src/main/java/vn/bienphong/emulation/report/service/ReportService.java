package vn.bienphong.emulation.report.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Caller;
import vn.bienphong.emulation.report.api.ReportDtos;
import vn.bienphong.emulation.report.domain.FigureRules;
import vn.bienphong.emulation.report.domain.ReportPeriod;
import vn.bienphong.emulation.report.domain.Roster;
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
    private final MetricCatalogue catalogue;
    private final RosterCache roster;
    private final ReportJson json;
    private final ReportEventPublisher events;
    private final ReportViews views;
    private final ReportSubmissions submissions;

    public ReportService(EntityManager em, Caller caller, MetricCatalogue catalogue, RosterCache roster,
                         ReportJson json, ReportEventPublisher events, ReportViews views, ReportSubmissions submissions) {
        this.em = em;
        this.caller = caller;
        this.catalogue = catalogue;
        this.roster = roster;
        this.json = json;
        this.events = events;
        this.views = views;
        this.submissions = submissions;
    }

    @Transactional
    public ReportDtos.Report submitReport(ReportDtos.NewReport request) {
        caller.requireMayActFor(request.unitCode());
        // every wrong field answered at once: the period's fault and the figures' faults together
        List<Problem.Violation> violations = new ArrayList<>();
        ReportPeriod period = periodOf(request, violations);
        FigureRules.Outcome checked = FigureRules.check(request.figures(), catalogue.current());
        violations.addAll(violationsOf(checked));
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations);
        }
        Map<String, BigDecimal> figures = checked.figures();
        Roster.Check membership = roster.roster().check(request.unitCode(), request.clusterNumber(), request.year());
        if (membership instanceof Roster.UnknownUnit unknown) {
            throw ProblemException.ruleBroken(unknown.reason());
        }
        if (membership instanceof Roster.NotMember notMember) {
            throw ProblemException.ruleBroken(notMember.reason());
        }
        OffsetDateTime now = requireNoOverlap(request.unitCode(), request.year(), period);

        ReportEntity report = new ReportEntity();
        report.id = UUID.randomUUID();
        report.unitCode = request.unitCode();
        report.clusterNumber = request.clusterNumber();
        report.year = request.year();
        report.periodKind = period.kind();
        report.periodLabel = period.label();
        report.periodFrom = period.from();
        report.periodTo = period.to();
        report.currentVersion = 1;
        report.createdAt = now;
        report.updatedAt = now;
        List<ReportFiled.EmulationModel> models = models(request.models());
        ReportVersionEntity version = newVersion(report, 1, null, figures, models, request.notes(), now);
        submissions.insert(report, version);
        events.reportFiled(filed(report, version, figures, models, null));
        return views.report(report, version, figures, models);
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
        Map<String, BigDecimal> figures = checkFigures(amendment.figures());
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

    private static List<ReportFiled.EmulationModel> models(List<ReportDtos.EmulationModel> models) {
        return models == null ? List.of() : models.stream()
                .map(m -> new ReportFiled.EmulationModel(m.title(), m.description(), m.product())).toList();
    }

    private ReportFiled filed(ReportEntity report, ReportVersionEntity version, Map<String, BigDecimal> figures,
                              List<ReportFiled.EmulationModel> models, Map<String, BigDecimal> supersededFigures) {
        ReportPeriod p = report.period();
        return new ReportFiled(report.id, version.version, report.unitCode, report.clusterNumber, report.year,
                new ReportFiled.Period(p.kind().name(), p.label(), p.from(), p.to()), figures,
                version.supersedesVersion, supersededFigures, models,
                version.submittedBy, version.submittedAt);
    }

    private Map<String, BigDecimal> checkFigures(Map<String, BigDecimal> figures) {
        FigureRules.Outcome outcome = FigureRules.check(figures, catalogue.current());
        if (!outcome.valid()) {
            throw ProblemException.invalidFields(violationsOf(outcome));
        }
        return outcome.figures();
    }

    private static List<Problem.Violation> violationsOf(FigureRules.Outcome outcome) {
        return outcome.violations().stream().map(v -> new Problem.Violation(v.field(), v.message())).toList();
    }

    /** The period, or null with its fault added to {@code violations}. */
    private static ReportPeriod periodOf(ReportDtos.NewReport request, List<Problem.Violation> violations) {
        ReportDtos.Period p = request.period();
        try {
            return ReportPeriod.of(request.year(), p.kind(), p.label(), p.from(), p.to());
        } catch (ReportPeriod.InvalidPeriod e) {
            violations.add(new Problem.Violation(e.field(), e.getMessage()));
            return null;
        }
    }

    /**
     * One report per unit and period; the regular reports of a unit and year cover each day at most once.
     * Returns the transaction's time, which the new report is stamped with.
     */
    private OffsetDateTime requireNoOverlap(String unitCode, int year, ReportPeriod period) {
        ReportSubmissions.LockedUnitYear unitYear = submissions.lockUnitYear(unitCode, year);
        for (ReportSubmissions.ExistingReport existing : unitYear.reports()) {
            ReportPeriod other = existing.period();
            if (other.label().equals(period.label())) {
                throw ProblemException.conflict("unit " + unitCode + " has a report for " + period.label()
                        + " already (" + existing.id() + "); amend that one");
            }
            if (period.overlaps(other)) {
                throw ProblemException.conflict("the period " + period.label() + " overlaps the report for "
                        + other.label() + " (" + existing.id() + ") of unit " + unitCode);
            }
        }
        return unitYear.transactionTime();
    }
}
