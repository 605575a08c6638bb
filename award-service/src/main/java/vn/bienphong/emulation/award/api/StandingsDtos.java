package vn.bienphong.emulation.award.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the standings API gives. */
public final class StandingsDtos {

    private StandingsDtos() {
    }

    /**
     * The standings of a cluster and year, or of one of its peak campaigns ({@code campaign}, absent for the
     * year's: scored from the campaign's reports alone). {@code tieBreaks} lists the scheme's order of the
     * standings; each entry's {@code decidedBy} names the rule that put it below the entry before.
     */
    public record Standings(int clusterNumber, String clusterName, int year,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String campaign, long revision, String cause,
                            OffsetDateTime calculatedAt, List<SchemeDtos.TieBreakView> tieBreaks, List<Entry> entries) {
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

    /**
     * A standings rebuild job: {@code state} RUNNING, SUCCEEDED or FAILED (with {@code error}); the
     * counts grow while it runs ({@code eventsRead} of report-events, {@code clustersRebuilt} at the end).
     */
    public record RebuildJob(UUID id, String state, String requestedBy, OffsetDateTime requestedAt, OffsetDateTime startedAt,
                             OffsetDateTime finishedAt, long eventsRead, long eventsApplied, long eventsSkipped,
                             long eventsUnprocessable, int clustersRebuilt, String error) {
    }
}
