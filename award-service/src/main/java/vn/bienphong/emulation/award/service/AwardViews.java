package vn.bienphong.emulation.award.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import vn.bienphong.emulation.award.domain.NominationStatus;
import vn.bienphong.emulation.award.domain.Occasion;
import vn.bienphong.emulation.award.domain.RecipientKind;

/** Nominations and commendations as {@link NominationService} and {@link CommendationService} take and give them; the API words them as its DTOs. */
public final class AwardViews {

    private AwardViews() {
    }

    public record Nomination(UUID id, UUID ballotId, String questionId, int clusterNumber, int year, String award,
                             String unitCode, int votes, BigDecimal share, NominationStatus status, String decisionNumber,
                             LocalDate decisionDate, String decisionNote, OffsetDateTime decidedAt, OffsetDateTime createdAt) {
    }

    /** The council's decision on a nomination: {@code outcome} APPROVED or REJECTED, with its decision number and date. */
    public record NominationDecision(NominationStatus outcome, String decisionNumber, LocalDate decisionDate, String note) {
    }

    /** A commendation to record (quantity null: one). */
    public record NewCommendation(int clusterNumber, int year, RecipientKind recipientKind, String unitCode, String personName,
                                  Integer quantity, String award, String awardCode, Occasion occasion, String decisionNumber,
                                  LocalDate decisionDate, String reason) {
    }

    public record Commendation(UUID id, int clusterNumber, int year, RecipientKind recipientKind, String unitCode, String personName,
                               int quantity, String award, String awardCode, Occasion occasion, String decisionNumber,
                               LocalDate decisionDate, String reason, OffsetDateTime recordedAt) {
    }

    public record AwardCount(String award, long collectives, long individuals) {
    }

    public record CommendationSummary(int clusterNumber, int year, long collectives, long individuals, List<AwardCount> byAward) {
    }
}
