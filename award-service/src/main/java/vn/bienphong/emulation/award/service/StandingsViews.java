package vn.bienphong.emulation.award.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import vn.bienphong.emulation.award.domain.TieBreak;

/** The standings as {@link StandingsQueries} gives them; the API words them as its DTOs. */
public final class StandingsViews {

    private StandingsViews() {
    }

    /** The standings of a cluster and year ({@code campaign} null), or of one of its campaigns. */
    public record Standings(int clusterNumber, String clusterName, int year, String campaign, long revision, String cause,
                            OffsetDateTime calculatedAt, List<TieBreak> tieBreaks, List<Entry> entries) {
    }

    public record Entry(int rank, String unitCode, String unitName, BigDecimal score, BigDecimal bonusPoints,
                        BigDecimal penaltyPoints, String decidedBy, List<CriterionLine> breakdown) {
    }

    /** One criterion of a unit's score, with the reports (latest versions) whose figures make up {@code actual}. */
    public record CriterionLine(String criterionCode, String metricCode, BigDecimal actual, BigDecimal target,
                                BigDecimal weight, BigDecimal points, List<ReportFigure> reports) {
    }

    public record ReportFigure(UUID reportId, int version, String period, BigDecimal value) {
    }

    public record YearStanding(int clusterNumber, int year, int rank, BigDecimal score, int unitsRanked) {
    }

    public record UnitHistory(String unitCode, List<YearStanding> years) {
    }
}
