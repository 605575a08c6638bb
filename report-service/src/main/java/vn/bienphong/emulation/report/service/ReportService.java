package vn.bienphong.emulation.report.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import vn.bienphong.emulation.report.domain.PeriodKind;
import vn.bienphong.emulation.report.domain.ReportPeriod;
import vn.bienphong.emulation.report.domain.Roster;
import vn.bienphong.emulation.report.events.ReportEventPublisher;
import vn.bienphong.emulation.report.persistence.ReportEntity;
import vn.bienphong.emulation.report.persistence.ReportJson;
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

    public ReportService(EntityManager em, Caller caller, MetricCatalogue catalogue, RosterCache roster,
                         ReportJson json, ReportEventPublisher events, ReportViews views) {
        this.em = em;
        this.caller = caller;
        this.catalogue = catalogue;
        this.roster = roster;
        this.json = json;
        this.events = events;
        this.views = views;
    }

    @Transactional
    public ReportDtos.Report submitReport(ReportDtos.NewReport request) {
        caller.requireMayActFor(request.unitCode());
        ReportPeriod period = periodOf(request);
        Map<String, BigDecimal> figures = checkFigures(request.figures());
        Roster.Check membership = roster.roster().check(request.unitCode(), request.clusterNumber(), request.year());
        if (membership instanceof Roster.UnknownUnit unknown) {
            throw ProblemException.ruleBroken(unknown.reason());
        }
        if (membership instanceof Roster.NotMember notMember) {
            throw ProblemException.ruleBroken(notMember.reason());
        }
        requireNoOverlap(request.unitCode(), request.year(), period);

        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
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
        em.persist(report);
        ReportVersionEntity version = newVersion(report, 1, null, figures, request.models(), request.notes(), now);
        events.reportFiled(filed(report, version, figures, null));
        return views.report(report, version, figures);
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
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int next = report.currentVersion + 1;
        ReportVersionEntity version = newVersion(report, next, report.currentVersion, figures, amendment.models(),
                amendment.notes(), now);
        report.currentVersion = next;
        report.updatedAt = now;
        events.reportFiled(filed(report, version, figures, json.figures(previous.figures)));
        return views.report(report, version, figures);
    }

    private ReportVersionEntity newVersion(ReportEntity report, int number, Integer supersedes, Map<String, BigDecimal> figures,
                                           List<ReportDtos.EmulationModel> models, String notes, OffsetDateTime now) {
        ReportVersionEntity version = new ReportVersionEntity();
        version.reportId = report.id;
        version.version = number;
        version.supersedesVersion = supersedes;
        version.figures = json.write(figures);
        version.models = json.write(models == null ? List.of() : models);
        version.notes = notes == null || notes.isBlank() ? null : notes.strip();
        version.submittedBy = caller.name();
        version.submittedAt = now;
        em.persist(version);
        return version;
    }

    private ReportFiled filed(ReportEntity report, ReportVersionEntity version, Map<String, BigDecimal> figures,
                              Map<String, BigDecimal> supersededFigures) {
        ReportPeriod p = report.period();
        return new ReportFiled(report.id, version.version, report.unitCode, report.clusterNumber, report.year,
                new ReportFiled.Period(p.kind().name(), p.label(), p.from(), p.to()), figures,
                version.supersedesVersion, supersededFigures, json.models(version.models),
                version.submittedBy, version.submittedAt);
    }

    private Map<String, BigDecimal> checkFigures(Map<String, BigDecimal> figures) {
        FigureRules.Outcome outcome = FigureRules.check(figures, catalogue.current());
        if (!outcome.valid()) {
            List<Problem.Violation> violations = outcome.violations().stream()
                    .map(v -> new Problem.Violation(v.field(), v.message())).toList();
            throw new ProblemException(400, "Invalid input", violations.stream()
                    .map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse(""), violations);
        }
        return outcome.figures();
    }

    private static ReportPeriod periodOf(ReportDtos.NewReport request) {
        ReportDtos.Period p = request.period();
        try {
            return ReportPeriod.of(request.year(), p.kind(), p.label(), p.from(), p.to());
        } catch (ReportPeriod.InvalidPeriod e) {
            throw ProblemException.invalidField(e.field(), e.getMessage());
        }
    }

    /** One report per unit and period; the regular reports of a unit and year cover each day at most once. */
    private void requireNoOverlap(String unitCode, int year, ReportPeriod period) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS unit_year_lock")
                .setParameter(1, unitCode + "/" + year)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> existing = em.createNativeQuery("""
                        SELECT id, period_kind, period_label, period_from, period_to FROM report
                        WHERE unit_code = ?1 AND year = ?2""")
                .setParameter(1, unitCode).setParameter(2, year)
                .getResultList();
        for (Object[] row : existing) {
            ReportPeriod other = new ReportPeriod(PeriodKind.valueOf((String) row[1]), (String) row[2],
                    localDate(row[3]), localDate(row[4]));
            if (other.label().equals(period.label())) {
                throw ProblemException.conflict("unit " + unitCode + " has a report for " + period.label()
                        + " already (" + row[0] + "); amend that one");
            }
            if (period.overlaps(other)) {
                throw ProblemException.conflict("the period " + period.label() + " overlaps the report for "
                        + other.label() + " (" + row[0] + ") of unit " + unitCode);
            }
        }
    }

    private static LocalDate localDate(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
