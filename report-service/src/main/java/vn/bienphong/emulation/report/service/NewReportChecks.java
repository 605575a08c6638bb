package vn.bienphong.emulation.report.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.security.Caller;
import vn.bienphong.emulation.report.domain.FigureRules;
import vn.bienphong.emulation.report.domain.ReportPeriod;
import vn.bienphong.emulation.report.domain.Roster;

/**
 * The checks of a new report that need none of the unit's other reports, the same for a single
 * submission and for each report of a batch: the caller may act for the unit; the period and the
 * figures are right (every fault answered at once); the unit is a member of the cluster that year.
 * What the unit has filed already is checked afterwards, under the lock of its year ({@code UnitPeriods}).
 */
@ApplicationScoped
public class NewReportChecks {

    private final Caller caller;
    private final MetricCatalogue catalogue;
    private final RosterCache roster;

    public NewReportChecks(Caller caller, MetricCatalogue catalogue, RosterCache roster) {
        this.caller = caller;
        this.catalogue = catalogue;
        this.roster = roster;
    }

    /** A draft that passed: its period worked out and its figures normalised. */
    public record Checked(ReportDraft draft, ReportPeriod period, Map<String, BigDecimal> figures) {
    }

    /** @throws ProblemException 403 (another unit's report), 400 (period, figures), 422 (not a member) */
    public Checked check(ReportDraft draft) {
        caller.requireMayActFor(draft.unitCode());
        List<Problem.Violation> violations = new ArrayList<>();
        ReportPeriod period = null;
        try {
            period = ReportPeriod.of(draft.year(), draft.periodKind(), draft.periodLabel(), draft.periodFrom(), draft.periodTo());
        } catch (ReportPeriod.InvalidPeriod e) {
            violations.add(new Problem.Violation(e.field(), e.getMessage()));
        }
        FigureRules.Outcome figures = FigureRules.check(draft.figures(), catalogue.current());
        violations.addAll(violationsOf(figures));
        if (!violations.isEmpty()) {
            throw ProblemException.invalidFields(violations);
        }
        Roster.Check membership = roster.roster().check(draft.unitCode(), draft.clusterNumber(), draft.year());
        if (membership instanceof Roster.UnknownUnit unknown) {
            throw ProblemException.ruleBroken(unknown.reason());
        }
        if (membership instanceof Roster.NotMember notMember) {
            throw ProblemException.ruleBroken(notMember.reason());
        }
        return new Checked(draft, period, figures.figures());
    }

    /** The figures of an amendment, normalised. @throws ProblemException 400 with every wrong figure */
    public Map<String, BigDecimal> figures(Map<String, BigDecimal> figures) {
        FigureRules.Outcome outcome = FigureRules.check(figures, catalogue.current());
        if (!outcome.valid()) {
            throw ProblemException.invalidFields(violationsOf(outcome));
        }
        return outcome.figures();
    }

    private static List<Problem.Violation> violationsOf(FigureRules.Outcome outcome) {
        return outcome.violations().stream().map(v -> new Problem.Violation(v.field(), v.message())).toList();
    }
}
