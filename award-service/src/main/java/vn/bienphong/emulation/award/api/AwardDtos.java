package vn.bienphong.emulation.award.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bienphong.emulation.award.domain.Occasion;
import vn.bienphong.emulation.award.domain.RecipientKind;
import vn.bienphong.emulation.common.api.EmulationYears;

/** What the nominations and commendations API takes and gives. */
public final class AwardDtos {

    private AwardDtos() {
    }

    @Schema(name = "NominationDecision", description = "The council's decision on a nomination")
    public enum Decision { APPROVED, REJECTED }

    @Schema(examples = """
            {"id": "5e8f1a2b-3c4d-4e5f-9a6b-7c8d9e0f1a2b", "ballotId": "9b2e4c1a-5d3f-4e8b-a6c7-1f0d2e3b4a59", "questionId": "btl",
             "clusterNumber": 1, "year": 2025, "award": "Cờ thi đua của Bộ Tư lệnh BĐBP", "unitCode": "BDBP-QUANG-NINH", "votes": 5, "share": 0.8333,
             "status": "APPROVED", "decisionNumber": "1234/QĐ-BTL", "decisionDate": "2025-12-15", "decisionNote": null,
             "decidedAt": "2025-12-15T10:00:00+07:00", "createdAt": "2025-09-26T15:30:00+07:00"}""")
    public record Nomination(UUID id, UUID ballotId, String questionId, int clusterNumber, int year, String award,
                             String unitCode, int votes, BigDecimal share, String status, @Schema(nullable = true) String decisionNumber,
                             @Schema(nullable = true) LocalDate decisionDate, @Schema(nullable = true) String decisionNote, @Schema(nullable = true) OffsetDateTime decidedAt, OffsetDateTime createdAt) {
    }

    /** The council's decision on a nomination, with its decision number and date. */
    @Schema(examples = """
            {"decision": "APPROVED", "decisionNumber": "1234/QĐ-BTL", "decisionDate": "2025-12-15", "note": "Theo đề nghị của Hội đồng TĐKT BĐBP"}""")
    public record DecisionRequest(
            @NotNull(message = "is required: APPROVED or REJECTED") Decision decision,
            @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String decisionNumber,
            @NotNull(message = "is required") LocalDate decisionDate,
            @Size(max = 1000, message = "must be at most 1000 characters") String note) {
    }

    /**
     * A commendation: of a COLLECTIVE (a unit) or an INDIVIDUAL; {@code quantity} counts the recipients one
     * decision commends when they are recorded together. {@code awardCode} names it for a scheme's award bonus
     * (e.g. MINISTRY_FLAG). REGULAR or AD_HOC (for a sudden feat).
     */
    @Schema(examples = """
            {"clusterNumber": 1, "year": 2025, "recipientKind": "COLLECTIVE", "unitCode": "BDBP-QUANG-NINH", "personName": null,
             "quantity": 1, "award": "Cờ thi đua của Bộ Quốc phòng", "awardCode": "MINISTRY_FLAG", "occasion": "REGULAR",
             "decisionNumber": "5678/QĐ-BQP", "decisionDate": "2025-12-20", "reason": "Dẫn đầu phong trào Thi đua Quyết thắng năm 2025"}""")
    public record NewCommendation(
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more") Integer clusterNumber,
            @NotNull(message = "is required") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) Integer year,
            @NotNull(message = "is required: COLLECTIVE or INDIVIDUAL") RecipientKind recipientKind,
            @Pattern(regexp = SchemeDtos.UNIT_PATTERN, message = SchemeDtos.UNIT_MESSAGE) String unitCode,
            @Schema(nullable = true) @Size(max = 200, message = "must be at most 200 characters") String personName,
            @Min(value = 1, message = "must be at least 1") @Max(value = 100000, message = "must be at most 100000") Integer quantity,
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String award,
            @Pattern(regexp = SchemeDtos.CODE_PATTERN, message = SchemeDtos.CODE_MESSAGE) String awardCode,
            Occasion occasion,
            @Size(max = 100, message = "must be at most 100 characters") String decisionNumber,
            LocalDate decisionDate,
            @Size(max = 1000, message = "must be at most 1000 characters") String reason) {
    }

    @Schema(examples = """
            {"id": "8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "clusterNumber": 1, "year": 2025, "recipientKind": "COLLECTIVE",
             "unitCode": "BDBP-QUANG-NINH", "personName": null, "quantity": 1, "award": "Cờ thi đua của Bộ Quốc phòng", "awardCode": "MINISTRY_FLAG",
             "occasion": "REGULAR", "decisionNumber": "5678/QĐ-BQP", "decisionDate": "2025-12-20",
             "reason": "Dẫn đầu phong trào Thi đua Quyết thắng năm 2025", "recordedAt": "2025-12-21T08:00:00+07:00"}""")
    public record Commendation(UUID id, int clusterNumber, int year, String recipientKind, String unitCode,
                               @Schema(nullable = true) String personName, int quantity, String award, String awardCode, String occasion, String decisionNumber,
                               LocalDate decisionDate, String reason, OffsetDateTime recordedAt) {
    }

    @Schema(examples = """
            {"award": "Bằng khen của Tư lệnh BĐBP", "collectives": 12, "individuals": 40}""")
    public record AwardCount(String award, long collectives, long individuals) {
    }

    /** How many collectives and individuals were commended in a cluster and year ("178 collectives and 345 individuals"). */
    @Schema(examples = """
            {"clusterNumber": 1, "year": 2022, "collectives": 178, "individuals": 345,
             "byAward": [{"award": "Cờ thi đua của Bộ Tư lệnh BĐBP", "collectives": 3, "individuals": 0},
                         {"award": "Bằng khen của Tư lệnh BĐBP", "collectives": 25, "individuals": 60}]}""")
    public record CommendationSummary(int clusterNumber, int year, long collectives, long individuals, List<AwardCount> byAward) {
    }
}
