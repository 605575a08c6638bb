package vn.bienphong.emulation.award.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import vn.bienphong.emulation.common.rules.ReportCounting;

/**
 * What a report version does to the units' totals. A new report adds its figures to its unit's
 * totals for its cluster and year; a newer version of a report replaces the figures of the
 * version held (its unit's totals change by the difference, or, if the report now belongs to
 * another unit, cluster or year, the old figures leave the old totals and the new ones join the
 * new); a version that is not newer than the one held changes nothing.
 */
public final class ReportSupersession {

    private ReportSupersession() {
    }

    /**
     * Whose totals a report counts in: a unit's, in a cluster and year, for the year's standing
     * ({@code campaign} empty) or for the standing of one campaign ({@code campaign} its code).
     */
    public record Home(int clusterNumber, int year, String campaign, String unitCode) {

        /** A unit's year totals. */
        public Home(int clusterNumber, int year, String unitCode) {
            this(clusterNumber, year, ReportCounting.YEAR_STANDING, unitCode);
        }

        public boolean isYear() {
            return ReportCounting.YEAR_STANDING.equals(campaign);
        }
    }

    /**
     * The totals a report of this period counts in ({@link ReportCounting#standingOf}), or empty
     * for a period that counts toward no standing.
     */
    public static Optional<Home> homeOf(int clusterNumber, int year, String unitCode, String periodKind, String periodLabel) {
        return Optional.ofNullable(ReportCounting.standingOf(periodKind, periodLabel))
                .map(standing -> new Home(clusterNumber, year, standing, unitCode));
    }

    /** One version of a report as far as totals go. */
    public record Version(Home home, int version, Map<String, BigDecimal> figures) {
    }

    /**
     * @param held     the version held so far, or null for a report not seen before
     * @param incoming the version that arrives
     * @return the change to each touched unit's totals (metric → amount to add; zero changes left out),
     *         or empty when {@code incoming} is not newer than {@code held}
     */
    public static Optional<Map<Home, Map<String, BigDecimal>>> changes(Version held, Version incoming) {
        if (held != null && held.version() >= incoming.version()) {
            return Optional.empty();
        }
        Map<Home, Map<String, BigDecimal>> changes = new LinkedHashMap<>();
        if (held != null) {
            held.figures().forEach((metric, value) ->
                    changes.computeIfAbsent(held.home(), h -> new HashMap<>()).merge(metric, value.negate(), BigDecimal::add));
        }
        incoming.figures().forEach((metric, value) ->
                changes.computeIfAbsent(incoming.home(), h -> new HashMap<>()).merge(metric, value, BigDecimal::add));
        changes.values().forEach(delta -> delta.values().removeIf(v -> v.signum() == 0));
        return Optional.of(changes);
    }

    /** Adds one set of changes into another, for applying a batch of versions at once. */
    public static void accumulate(Map<Home, Map<String, BigDecimal>> into, Map<Home, Map<String, BigDecimal>> changes) {
        changes.forEach((home, delta) -> delta.forEach((metric, value) ->
                into.computeIfAbsent(home, h -> new HashMap<>()).merge(metric, value, BigDecimal::add)));
    }
}
