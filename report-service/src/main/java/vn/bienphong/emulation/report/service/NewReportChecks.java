package vn.bienphong.emulation.report.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Caller;
import vn.bienphong.emulation.report.domain.FigureRules;
import vn.bienphong.emulation.report.domain.MetricDefinition;
import vn.bienphong.emulation.report.domain.ReportPeriod;
import vn.bienphong.emulation.report.domain.Roster;
import vn.bienphong.emulation.report.persistence.MetricDefinitions;
import vn.bienphong.emulation.report.persistence.RosterRepository;
import vn.bienphong.emulation.report.persistence.SubmissionLookups;

/**
 * The checks of a new report that need none of the unit's other reports, the same for a single
 * submission and for each report of a batch: the caller may act for the unit; the period and the
 * figures are right (every fault answered at once); the unit is a member of the cluster that year.
 * What the unit has filed already is checked afterwards, under the lock of its year ({@code UnitPeriods}).
 * The catalogue and the roster are read from the database in the request's transaction (one statement
 * for a report or a whole batch), never from memory, so every instance answers alike.
 */
@ApplicationScoped
public class NewReportChecks {

    private final Caller caller;
    private final MetricDefinitions catalogue;
    private final RosterRepository roster;
    private final SubmissionLookups lookups;

    public NewReportChecks(Caller caller, MetricDefinitions catalogue, RosterRepository roster, SubmissionLookups lookups) {
        this.caller = caller;
        this.catalogue = catalogue;
        this.roster = roster;
        this.lookups = lookups;
    }

    /** A draft that passed: its period worked out, its figures normalised, its unit's name as the roster knows it. */
    public record Checked(ReportDraft draft, ReportPeriod period, Map<String, BigDecimal> figures, String unitName) {
    }

    /** What the reports of a request are checked against: the metrics their figures name, their units' roster. */
    public record Context(Map<String, MetricDefinition> metrics, RosterRepository.Lookup roster) {
    }

    /** Reads the catalogue and the roster that {@code drafts} need. */
    public Context context(Collection<ReportDraft> drafts) {
        Set<String> codes = new HashSet<>();
        Set<String> units = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (ReportDraft draft : drafts) {
            if (draft.figures() != null) {
                codes.addAll(draft.figures().keySet());
            }
            units.add(draft.unitCode());
            years.add(draft.year());
        }
        SubmissionLookups.Lookup found = lookups.read(codes, units, years);
        return new Context(found.metrics(), found.roster());
    }

    /** @throws ProblemException 403 (another unit's report), 400 (period, figures), 422 (not a member) */
    public Checked check(ReportDraft draft) {
        caller.requireMayActFor(draft.unitCode());
        return check(draft, context(List.of(draft)));
    }

    /** The same, against a context read for a whole batch. */
    public Checked check(ReportDraft draft, Context context) {
        caller.requireMayActFor(draft.unitCode());
        List<Problem.Violation> violations = new ArrayList<>();
        ReportPeriod period = null;
        try {
            period = ReportPeriod.of(draft.year(), draft.periodKind(), draft.periodLabel(), draft.periodFrom(), draft.periodTo());
        } catch (ReportPeriod.InvalidPeriod e) {
            violations.add(new Problem.Violation(e.field(), e.getMessage()));
        }
        FigureRules.Outcome figures = FigureRules.check(draft.figures(), context.metrics());
        violations.addAll(violationsOf(figures));
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations);
        }
        requireMember(context.roster().roster(), draft.unitCode(), draft.clusterNumber(), draft.year());
        return new Checked(draft, period, figures.figures(), context.roster().unitName(draft.unitCode()));
    }

    /**
     * The unit must be a member of the cluster in the year, for a new report as for an amendment.
     * @throws ProblemException 422 in the roster's words
     */
    public void requireMember(String unitCode, int clusterNumber, int year) {
        requireMember(roster.lookup(List.of(unitCode), List.of(year)).roster(), unitCode, clusterNumber, year);
    }

    private static void requireMember(Roster roster, String unitCode, int clusterNumber, int year) {
        Roster.Check membership = roster.check(unitCode, clusterNumber, year);
        if (membership instanceof Roster.UnknownUnit unknown) {
            throw ProblemException.ruleBroken(unknown.reason());
        }
        if (membership instanceof Roster.NotMember notMember) {
            throw ProblemException.ruleBroken(notMember.reason());
        }
    }

    /** The figures of an amendment, normalised. @throws ProblemException 400 with every wrong figure */
    public Map<String, BigDecimal> figures(Map<String, BigDecimal> figures) {
        FigureRules.Outcome outcome = FigureRules.check(figures, figures == null ? Map.of() : catalogue.of(figures.keySet()));
        if (!outcome.valid()) {
            throw ProblemException.invalidFields(violationsOf(outcome));
        }
        return outcome.figures();
    }

    private static List<Problem.Violation> violationsOf(FigureRules.Outcome outcome) {
        return outcome.violations().stream().map(v -> new Problem.Violation(v.field(), v.message())).toList();
    }
}
