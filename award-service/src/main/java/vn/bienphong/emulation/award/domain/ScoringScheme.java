package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The scoring scheme of a cluster and year, as the emulation pact sets it: the criteria, the
 * bonus points for awards received, and the order of the standings (tie-break rules, the first
 * being the total score).
 */
public record ScoringScheme(List<Criterion> criteria, List<AwardBonus> awardBonuses, List<TieBreak> tieBreaks) {

    public ScoringScheme {
        criteria = List.copyOf(criteria);
        awardBonuses = awardBonuses == null ? List.of() : List.copyOf(awardBonuses);
        tieBreaks = tieBreaks == null || tieBreaks.isEmpty() ? List.of(TieBreak.TOTAL_SCORE) : List.copyOf(tieBreaks);
    }

    /**
     * The scheme of a cluster that has none: four common results of the catalogue, 25 points each,
     * measured against the best unit of the cluster; ties broken by fewer penalty points, then more bonus points.
     */
    public static ScoringScheme defaultScheme() {
        return new ScoringScheme(List.of(
                Criterion.metric("border-patrols", "borderPatrols", "25", null, null),
                Criterion.metric("crime-cases", "crimeCases", "25", null, null),
                Criterion.metric("propaganda-sessions", "propagandaSessions", "25", null, null),
                Criterion.metric("people-rescued", "peopleRescued", "25", null, null)),
                List.of(),
                List.of(TieBreak.TOTAL_SCORE, TieBreak.FEWER_PENALTY_POINTS, TieBreak.MORE_BONUS_POINTS));
    }

    public Criterion criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    /** What is wrong with the scheme, as (field, message) pairs; empty when it can be used. */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (criteria.isEmpty()) {
            found.add(new Violation("criteria", "must list at least one criterion"));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String at = "criteria[" + i + "]";
            if (!codes.add(c.code())) {
                found.add(new Violation(at + ".code", "criterion " + c.code() + " is listed twice"));
            }
            if (c.kind() == Criterion.Kind.METRIC && (c.metricCode() == null || c.metricCode().isBlank())) {
                found.add(new Violation(at + ".metricCode", "a METRIC criterion needs the metric it scores"));
            }
            if (c.kind() == Criterion.Kind.QUALITATIVE && c.metricCode() != null) {
                found.add(new Violation(at + ".metricCode", "a QUALITATIVE criterion is scored by inspection, not on a metric"));
            }
            if (c.target() != null && c.target().signum() <= 0) {
                found.add(new Violation(at + ".target", "must be more than 0 (leave it out to measure against the cluster's best)"));
            }
            if (c.kind() == Criterion.Kind.METRIC && c.metricCode() != null && criteria.stream().anyMatch(o ->
                    c.metricCode().equals(o.metricCode()) && o.aggregation() != c.aggregation())) {
                found.add(new Violation(at + ".aggregation", "metric " + c.metricCode()
                        + " is aggregated one way in a scheme: SUM or MAX, as the report catalogue defines it"));
            }
            if (c.overshootCap().compareTo(BigDecimal.ONE) < 0) {
                found.add(new Violation(at + ".overshootCap", "must be 1 or more (1: overshoot earns nothing extra)"));
            }
        }
        for (int i = 0; i < tieBreaks.size(); i++) {
            TieBreak t = tieBreaks.get(i);
            if (i == 0 && t.rule() != TieBreak.Rule.TOTAL_SCORE) {
                found.add(new Violation("tieBreaks[0]", "the standings are ordered by TOTAL_SCORE first"));
            }
            if (t.rule() == TieBreak.Rule.CRITERION && !codes.contains(t.criterionCode())) {
                found.add(new Violation("tieBreaks[" + i + "]", "names criterion " + t.criterionCode() + ", which the scheme does not have"));
            }
        }
        Set<String> awards = new HashSet<>();
        for (int i = 0; i < awardBonuses.size(); i++) {
            if (!awards.add(awardBonuses.get(i).awardCode())) {
                found.add(new Violation("awardBonuses[" + i + "].awardCode", "award " + awardBonuses.get(i).awardCode() + " is listed twice"));
            }
        }
        return found;
    }

    public record Violation(String field, String message) {
    }
}
