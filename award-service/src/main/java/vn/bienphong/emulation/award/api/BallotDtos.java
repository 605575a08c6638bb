package vn.bienphong.emulation.award.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bienphong.emulation.common.api.EmulationYears;
import vn.bienphong.emulation.award.domain.BallotQuestion;

/** What the ballots API takes and gives. */
public final class BallotDtos {

    private BallotDtos() {
    }

    /**
     * A question of the ballot: an AWARD with its quota, or the NEXT_CHAIR (quota 1). Candidates
     * default to every member unit; they are listed in the order of the standings. A candidate is
     * proposed when its votes pass {@code threshold} of the eligible voters (default 0.5, "more
     * than half"; {@code thresholdInclusive} for "at least").
     */
    @Schema(examples = """
            {"id": "btl", "kind": "AWARD", "award": "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota": 2}""")
    public record QuestionRequest(
            @Pattern(regexp = SchemeDtos.CODE_PATTERN, message = SchemeDtos.CODE_MESSAGE) String id,
            @NotNull(message = "is required: AWARD or NEXT_CHAIR") BallotQuestion.Kind kind,
            @Size(min = 1, max = 300, message = "must be 1 to 300 characters") String award,
            @Min(value = 1, message = "must be at least 1") @Max(value = 100, message = "must be at most 100") Integer quota,
            @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @DecimalMax(value = "1", message = "must be at most 1") BigDecimal threshold,
            Boolean thresholdInclusive,
            @Size(max = 100, message = "must list at most 100 candidates")
            List<@NotNull(message = "must be a unit code") @Pattern(regexp = SchemeDtos.UNIT_PATTERN, message = SchemeDtos.UNIT_MESSAGE) String> candidates) {
    }

    @Schema(examples = """
            {"clusterNumber": 1, "year": 2025, "conferenceDate": "2025-09-26", "place": "Bộ Chỉ huy BĐBP tỉnh Lạng Sơn",
             "questions": [{"id": "btl", "kind": "AWARD", "award": "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota": 2},
                           {"id": "chair", "kind": "NEXT_CHAIR", "quota": 1}],
             "quorum": 0.6667, "rotateIfNoneElected": true}""")
    public record OpenBallot(
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more") Integer clusterNumber,
            @NotNull(message = "is required") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) Integer year,
            LocalDate conferenceDate,
            @Size(max = 200, message = "must be at most 200 characters") String place,
            @NotEmpty(message = "must ask at least one question") @Size(max = 20, message = "must ask at most 20 questions")
            List<@Valid @NotNull(message = "must be a question") QuestionRequest> questions,
            @DecimalMin(value = "0", inclusive = false, message = "must be more than 0 (a share of the eligible voters)")
            @DecimalMax(value = "1", message = "must be at most 1 (a share of the eligible voters)")
            @jakarta.validation.constraints.Digits(integer = 1, fraction = 4, message = "must have at most 4 decimals, e.g. 0.75")
            BigDecimal quorum,
            Boolean rotateIfNoneElected) {
    }

    /**
     * How to close a ballot (the body is optional): {@code void} true, by the council only, closes a
     * ballot that has not reached its quorum as void: nobody proposed, no flag handed over.
     */
    @Schema(examples = """
            {"void": false}""")
    public record CloseBallot(@com.fasterxml.jackson.annotation.JsonProperty("void") Boolean voided) {
    }

    /** A ballot paper: for each question id, the candidates chosen (at most the quota; none is a blank answer). */
    @Schema(examples = """
            {"unitCode": "BDBP-HAI-PHONG", "choices": {"btl": ["BDBP-QUANG-NINH", "BDBP-LANG-SON"], "chair": ["BDBP-CAO-BANG"]}}""")
    public record Vote(
            @NotNull(message = "is required") @Pattern(regexp = SchemeDtos.UNIT_PATTERN, message = SchemeDtos.UNIT_MESSAGE) String unitCode,
            @NotNull(message = "is required") Map<@NotNull String, @NotNull(message = "must list the chosen candidates") List<@NotNull(message = "must be a unit code") String>> choices) {
    }

    @Schema(examples = """
            {"ballotId": "9b2e4c1a-5d3f-4e8b-a6c7-1f0d2e3b4a59", "unitCode": "BDBP-HAI-PHONG", "castAt": "2025-09-26T14:05:00+07:00", "ballotsCast": 3}""")
    public record VoteReceipt(UUID ballotId, String unitCode, OffsetDateTime castAt, int ballotsCast) {
    }

    @Schema(examples = """
            {"id": "btl", "kind": "AWARD", "award": "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota": 2, "threshold": 0.5,
             "thresholdRule": "more than 0.5 of the eligible voters",
             "candidates": ["BDBP-LANG-SON", "BDBP-QUANG-NINH", "BDBP-CAO-BANG", "BDBP-HAI-PHONG", "BDBP-HUNG-YEN", "BDBP-NINH-BINH"]}""")
    public record Question(String id, BallotQuestion.Kind kind, String award, int quota, BigDecimal threshold,
                           String thresholdRule, List<String> candidates) {
    }

    @Schema(examples = """
            {"unitCode": "BDBP-QUANG-NINH", "unitName": "Bộ đội Biên phòng tỉnh Quảng Ninh", "votes": 5, "share": 0.8333, "passedThreshold": true, "proposed": true}""")
    public record CandidateResult(String unitCode, String unitName, int votes, BigDecimal share, boolean passedThreshold,
                                  boolean proposed) {
    }

    /** A question's tally; {@code outcome} says in words who was proposed and why (or why nobody). */
    @Schema(examples = """
            {"questionId": "btl", "kind": "AWARD", "award": "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota": 2, "threshold": 0.5,
             "thresholdRule": "more than 0.5 of the eligible voters",
             "candidates": [{"unitCode": "BDBP-QUANG-NINH", "unitName": "Bộ đội Biên phòng tỉnh Quảng Ninh", "votes": 5, "share": 0.8333, "passedThreshold": true, "proposed": true},
                            {"unitCode": "BDBP-LANG-SON", "unitName": "Bộ đội Biên phòng tỉnh Lạng Sơn", "votes": 4, "share": 0.6667, "passedThreshold": true, "proposed": true},
                            {"unitCode": "BDBP-CAO-BANG", "unitName": "Bộ đội Biên phòng tỉnh Cao Bằng", "votes": 2, "share": 0.3333, "passedThreshold": false, "proposed": false}],
             "proposed": ["BDBP-QUANG-NINH", "BDBP-LANG-SON"], "tieDecision": null,
             "outcome": "BDBP-QUANG-NINH and BDBP-LANG-SON proposed: more than 0.5 of the eligible voters, within the quota of 2"}""")
    public record QuestionResult(String questionId, BallotQuestion.Kind kind, String award, int quota, BigDecimal threshold,
                                 String thresholdRule, List<CandidateResult> candidates, List<String> proposed,
                                 @Schema(nullable = true) String tieDecision, String outcome) {
    }

    /**
     * The results of a closed ballot: whether it is {@code void}, its quorum (papers needed and the
     * rule) against the papers cast and {@code validity} in words, each question's tally, and what
     * happens to the chair flag ({@code chairFlag} ELECTED, ROTATION or NONE, with its reason).
     */
    @Schema(examples = """
            {"closedAt": "2025-09-26T15:30:00+07:00", "eligibleVoters": 6, "ballotsCast": 6, "questions": [{"questionId": "btl", "kind": "AWARD", "award": "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota": 2, "threshold": 0.5,
             "thresholdRule": "more than 0.5 of the eligible voters",
             "candidates": [{"unitCode": "BDBP-QUANG-NINH", "unitName": "Bộ đội Biên phòng tỉnh Quảng Ninh", "votes": 5, "share": 0.8333, "passedThreshold": true, "proposed": true},
                            {"unitCode": "BDBP-LANG-SON", "unitName": "Bộ đội Biên phòng tỉnh Lạng Sơn", "votes": 4, "share": 0.6667, "passedThreshold": true, "proposed": true},
                            {"unitCode": "BDBP-CAO-BANG", "unitName": "Bộ đội Biên phòng tỉnh Cao Bằng", "votes": 2, "share": 0.3333, "passedThreshold": false, "proposed": false}],
             "proposed": ["BDBP-QUANG-NINH", "BDBP-LANG-SON"], "tieDecision": null,
             "outcome": "BDBP-QUANG-NINH and BDBP-LANG-SON proposed: more than 0.5 of the eligible voters, within the quota of 2"}],
             "nextChairUnitCode": "BDBP-CAO-BANG", "void": false, "papersNeeded": 4, "quorumRule": "two thirds of the eligible voters",
             "validity": "valid: 6 of 6 papers cast, quorum 4 (two thirds of the eligible voters)", "chairFlag": "ELECTED",
             "chairFlagReason": "BDBP-CAO-BANG elected by the NEXT_CHAIR question"}""")
    public record Results(OffsetDateTime closedAt, int eligibleVoters, int ballotsCast, List<QuestionResult> questions,
                          String nextChairUnitCode, @com.fasterxml.jackson.annotation.JsonProperty("void") boolean voided,
                          Integer papersNeeded, String quorumRule, String validity, String chairFlag, String chairFlagReason) {
    }

    @Schema(examples = """
            {"id": "9b2e4c1a-5d3f-4e8b-a6c7-1f0d2e3b4a59", "clusterNumber": 1, "year": 2025, "status": "CLOSED",
             "conferenceDate": "2025-09-26", "place": "Bộ Chỉ huy BĐBP tỉnh Lạng Sơn", "questions": [{"id": "btl", "kind": "AWARD", "award": "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota": 2, "threshold": 0.5,
             "thresholdRule": "more than 0.5 of the eligible voters",
             "candidates": ["BDBP-LANG-SON", "BDBP-QUANG-NINH", "BDBP-CAO-BANG", "BDBP-HAI-PHONG", "BDBP-HUNG-YEN", "BDBP-NINH-BINH"]}],
             "eligibleVoters": 6, "ballotsCast": 6, "papersNeeded": 4, "quorumRule": "two thirds of the eligible voters",
             "rotateIfNoneElected": true, "openedAt": "2025-09-26T13:30:00+07:00", "openedBy": "unit-BDBP-LANG-SON",
             "closedAt": "2025-09-26T15:30:00+07:00", "results": {"closedAt": "2025-09-26T15:30:00+07:00", "eligibleVoters": 6, "ballotsCast": 6, "questions": [{"questionId": "btl", "kind": "AWARD", "award": "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota": 2, "threshold": 0.5,
             "thresholdRule": "more than 0.5 of the eligible voters",
             "candidates": [{"unitCode": "BDBP-QUANG-NINH", "unitName": "Bộ đội Biên phòng tỉnh Quảng Ninh", "votes": 5, "share": 0.8333, "passedThreshold": true, "proposed": true},
                            {"unitCode": "BDBP-LANG-SON", "unitName": "Bộ đội Biên phòng tỉnh Lạng Sơn", "votes": 4, "share": 0.6667, "passedThreshold": true, "proposed": true},
                            {"unitCode": "BDBP-CAO-BANG", "unitName": "Bộ đội Biên phòng tỉnh Cao Bằng", "votes": 2, "share": 0.3333, "passedThreshold": false, "proposed": false}],
             "proposed": ["BDBP-QUANG-NINH", "BDBP-LANG-SON"], "tieDecision": null,
             "outcome": "BDBP-QUANG-NINH and BDBP-LANG-SON proposed: more than 0.5 of the eligible voters, within the quota of 2"}],
             "nextChairUnitCode": "BDBP-CAO-BANG", "void": false, "papersNeeded": 4, "quorumRule": "two thirds of the eligible voters",
             "validity": "valid: 6 of 6 papers cast, quorum 4 (two thirds of the eligible voters)", "chairFlag": "ELECTED",
             "chairFlagReason": "BDBP-CAO-BANG elected by the NEXT_CHAIR question"}}""")
    public record Ballot(UUID id, int clusterNumber, int year, String status, LocalDate conferenceDate, String place,
                         List<Question> questions, int eligibleVoters, int ballotsCast, int papersNeeded, String quorumRule,
                         boolean rotateIfNoneElected, OffsetDateTime openedAt, String openedBy, OffsetDateTime closedAt,
                         Results results) {
    }

    /** The minutes (biên bản) of a closed ballot, for the nomination dossier. */
    @Schema(examples = """
            {"ballotId": "9b2e4c1a-5d3f-4e8b-a6c7-1f0d2e3b4a59", "clusterNumber": 1, "clusterName": "Cụm thi đua số 1 BĐBP", "year": 2025,
             "conferenceDate": "2025-09-26", "place": "Bộ Chỉ huy BĐBP tỉnh Lạng Sơn", "openedAt": "2025-09-26T13:30:00+07:00",
             "closedAt": "2025-09-26T15:30:00+07:00", "eligibleVoters": 6,
             "eligibleVoterUnits": ["BDBP-LANG-SON", "BDBP-CAO-BANG", "BDBP-QUANG-NINH", "BDBP-HAI-PHONG", "BDBP-HUNG-YEN", "BDBP-NINH-BINH"],
             "ballotsCast": 6, "papersNeeded": 4, "quorumRule": "two thirds of the eligible voters", "void": false,
             "validity": "valid: 6 of 6 papers cast, quorum 4 (two thirds of the eligible voters)", "questions": [{"questionId": "btl", "kind": "AWARD", "award": "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota": 2, "threshold": 0.5,
             "thresholdRule": "more than 0.5 of the eligible voters",
             "candidates": [{"unitCode": "BDBP-QUANG-NINH", "unitName": "Bộ đội Biên phòng tỉnh Quảng Ninh", "votes": 5, "share": 0.8333, "passedThreshold": true, "proposed": true},
                            {"unitCode": "BDBP-LANG-SON", "unitName": "Bộ đội Biên phòng tỉnh Lạng Sơn", "votes": 4, "share": 0.6667, "passedThreshold": true, "proposed": true},
                            {"unitCode": "BDBP-CAO-BANG", "unitName": "Bộ đội Biên phòng tỉnh Cao Bằng", "votes": 2, "share": 0.3333, "passedThreshold": false, "proposed": false}],
             "proposed": ["BDBP-QUANG-NINH", "BDBP-LANG-SON"], "tieDecision": null,
             "outcome": "BDBP-QUANG-NINH and BDBP-LANG-SON proposed: more than 0.5 of the eligible voters, within the quota of 2"}],
             "nextChairUnitCode": "BDBP-CAO-BANG", "nextChairUnitName": "Bộ đội Biên phòng tỉnh Cao Bằng", "chairFlag": "ELECTED",
             "chairFlagReason": "BDBP-CAO-BANG elected by the NEXT_CHAIR question"}""")
    public record Minutes(UUID ballotId, int clusterNumber, String clusterName, int year, LocalDate conferenceDate,
                          String place, OffsetDateTime openedAt, OffsetDateTime closedAt, int eligibleVoters,
                          List<String> eligibleVoterUnits, int ballotsCast, Integer papersNeeded, String quorumRule,
                          @com.fasterxml.jackson.annotation.JsonProperty("void") boolean voided, String validity,
                          List<QuestionResult> questions, String nextChairUnitCode, String nextChairUnitName,
                          String chairFlag, String chairFlagReason) {
    }
}
