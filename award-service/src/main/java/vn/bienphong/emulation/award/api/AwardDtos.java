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

import vn.bienphong.emulation.award.domain.Occasion;
import vn.bienphong.emulation.award.domain.RecipientKind;
import vn.bienphong.emulation.common.api.EmulationYears;

/** What the nominations and commendations API takes and gives. */
public final class AwardDtos {

    private AwardDtos() {
    }

    public enum Decision { APPROVED, REJECTED }

    public record Nomination(UUID id, UUID ballotId, String questionId, int clusterNumber, int year, String award,
                             String unitCode, int votes, BigDecimal share, String status, String decisionNumber,
                             LocalDate decisionDate, String decisionNote, OffsetDateTime decidedAt, OffsetDateTime createdAt) {
    }

    /** The council's decision on a nomination, with its decision number and date. */
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
    public record NewCommendation(
            @NotNull(message = "is required") @Min(value = 1, message = "must be 1 or more") Integer clusterNumber,
            @NotNull(message = "is required") @Min(value = EmulationYears.FIRST, message = EmulationYears.RANGE) @Max(value = EmulationYears.LAST, message = EmulationYears.RANGE) Integer year,
            @NotNull(message = "is required: COLLECTIVE or INDIVIDUAL") RecipientKind recipientKind,
            @Pattern(regexp = SchemeDtos.UNIT_PATTERN, message = SchemeDtos.UNIT_MESSAGE) String unitCode,
            @Size(max = 200, message = "must be at most 200 characters") String personName,
            @Min(value = 1, message = "must be at least 1") @Max(value = 100000, message = "must be at most 100000") Integer quantity,
            @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String award,
            @Pattern(regexp = SchemeDtos.CODE_PATTERN, message = SchemeDtos.CODE_MESSAGE) String awardCode,
            Occasion occasion,
            @Size(max = 100, message = "must be at most 100 characters") String decisionNumber,
            LocalDate decisionDate,
            @Size(max = 1000, message = "must be at most 1000 characters") String reason) {
    }

    public record Commendation(UUID id, int clusterNumber, int year, String recipientKind, String unitCode, String personName,
                               int quantity, String award, String awardCode, String occasion, String decisionNumber,
                               LocalDate decisionDate, String reason, OffsetDateTime recordedAt) {
    }

    public record AwardCount(String award, long collectives, long individuals) {
    }

    /** How many collectives and individuals were commended in a cluster and year ("178 collectives and 345 individuals"). */
    public record CommendationSummary(int clusterNumber, int year, long collectives, long individuals, List<AwardCount> byAward) {
    }
}
