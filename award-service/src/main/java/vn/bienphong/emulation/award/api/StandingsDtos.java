package vn.bienphong.emulation.award.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the standings API gives. */
public final class StandingsDtos {

    private StandingsDtos() {
    }

    /**
     * The standings of a cluster and year, or of one of its peak campaigns ({@code campaign}, absent for the
     * year's: scored from the campaign's reports alone). {@code tieBreaks} lists the scheme's order of the
     * standings; each entry's {@code decidedBy} names the rule that put it below the entry before.
     */
    @Schema(examples = """
            {"clusterNumber": 1, "clusterName": "Cụm thi đua số 1 BĐBP", "year": 2025, "revision": 42,
             "cause": "report 6f1c2a9e-0c1b-4d8e-9a51-2b7d0f3c4e10 version 2 of BDBP-QUANG-NINH", "calculatedAt": "2025-09-20T10:15:00+07:00",
             "tieBreaks": [{"rule": "TOTAL_SCORE", "explanation": "the higher total score first"}],
             "entries": [{"rank": 1, "unitCode": "BDBP-QUANG-NINH", "unitName": "Bộ đội Biên phòng tỉnh Quảng Ninh", "score": 96.4, "bonusPoints": 2,
             "penaltyPoints": 0, "decidedBy": null, "breakdown": [{"criterionCode": "crime", "metricCode": "crimeCases", "actual": 149, "target": 150, "weight": 30, "points": 29.8, "reports": [{"reportId": "6f1c2a9e-0c1b-4d8e-9a51-2b7d0f3c4e10", "version": 2, "period": "2025", "value": 149}]}]},
                         {"rank": 2, "unitCode": "BDBP-LANG-SON", "unitName": "Bộ đội Biên phòng tỉnh Lạng Sơn", "score": 94.1, "bonusPoints": 0,
                          "penaltyPoints": 0, "decidedBy": "TOTAL_SCORE", "breakdown": []}]}""")
    public record Standings(int clusterNumber, String clusterName, int year,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String campaign, long revision, String cause,
                            OffsetDateTime calculatedAt, List<SchemeDtos.TieBreakView> tieBreaks, List<Entry> entries) {
    }

    @Schema(examples = """
            {"rank": 1, "unitCode": "BDBP-QUANG-NINH", "unitName": "Bộ đội Biên phòng tỉnh Quảng Ninh", "score": 96.4, "bonusPoints": 2,
             "penaltyPoints": 0, "decidedBy": null, "breakdown": [{"criterionCode": "crime", "metricCode": "crimeCases", "actual": 149, "target": 150, "weight": 30, "points": 29.8, "reports": [{"reportId": "6f1c2a9e-0c1b-4d8e-9a51-2b7d0f3c4e10", "version": 2, "period": "2025", "value": 149}]}]}""")
    public record Entry(int rank, String unitCode, String unitName, BigDecimal score, BigDecimal bonusPoints,
                        BigDecimal penaltyPoints, @Schema(nullable = true) String decidedBy, List<CriterionLine> breakdown) {
    }

    /** One criterion of a unit's score, with the reports (latest versions) whose figures make up {@code actual}. */
    @Schema(examples = """
            {"criterionCode": "crime", "metricCode": "crimeCases", "actual": 149, "target": 150, "weight": 30, "points": 29.8, "reports": [{"reportId": "6f1c2a9e-0c1b-4d8e-9a51-2b7d0f3c4e10", "version": 2, "period": "2025", "value": 149}]}""")
    public record CriterionLine(String criterionCode, String metricCode, BigDecimal actual, BigDecimal target,
                                BigDecimal weight, BigDecimal points, List<ReportFigure> reports) {
    }

    @Schema(examples = """
            {"reportId": "6f1c2a9e-0c1b-4d8e-9a51-2b7d0f3c4e10", "version": 2, "period": "2025", "value": 149}""")
    public record ReportFigure(UUID reportId, int version, String period, BigDecimal value) {
    }

    @Schema(examples = """
            {"clusterNumber": 1, "year": 2025, "rank": 2, "score": 94.1, "unitsRanked": 6}""")
    public record YearStanding(int clusterNumber, int year, int rank, BigDecimal score, int unitsRanked) {
    }

    @Schema(examples = """
            {"unitCode": "BDBP-LANG-SON", "years": [{"clusterNumber": 1, "year": 2022, "rank": 3, "score": 88.5, "unitsRanked": 8},
                                                    {"clusterNumber": 1, "year": 2025, "rank": 2, "score": 94.1, "unitsRanked": 6}]}""")
    public record UnitHistory(String unitCode, List<YearStanding> years) {
    }

    /**
     * A standings rebuild job: {@code state} RUNNING, SUCCEEDED or FAILED (with {@code error}); the
     * counts grow while it runs ({@code eventsRead} of report-events, {@code clustersRebuilt} at the end).
     */
    @Schema(examples = """
            {"id": "1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a", "state": "SUCCEEDED", "requestedBy": "council-officer",
             "requestedAt": "2025-10-01T22:00:00+07:00", "startedAt": "2025-10-01T22:00:01+07:00", "finishedAt": "2025-10-01T22:03:40+07:00",
             "eventsRead": 18250, "eventsApplied": 18212, "eventsSkipped": 38, "eventsUnprocessable": 0, "clustersRebuilt": 14, "error": null}""")
    public record RebuildJob(UUID id, String state, String requestedBy, OffsetDateTime requestedAt, @Schema(nullable = true) OffsetDateTime startedAt,
                             @Schema(nullable = true) OffsetDateTime finishedAt, long eventsRead, long eventsApplied, long eventsSkipped,
                             long eventsUnprocessable, int clustersRebuilt, @Schema(nullable = true) String error) {
    }
}
