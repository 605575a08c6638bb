package vn.bienphong.emulation.award.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import vn.bienphong.emulation.award.domain.Adjustment;
import vn.bienphong.emulation.award.domain.ScoringScheme;

/** Schemes and the council's points as {@link SchemeService} gives them; the API words them as its DTOs. */
public final class SchemeViews {

    private SchemeViews() {
    }

    /**
     * The scheme of a cluster and year ({@code campaign} null) or of one of its campaigns; {@code isDefault}
     * when the year has none of its own (a campaign has no default).
     */
    public record Scheme(int clusterNumber, int year, String campaign, boolean isDefault, int revision, ScoringScheme scheme,
                         OffsetDateTime updatedAt, String updatedBy) {
    }

    /** Points the council asks to record for a unit. */
    public record NewAdjustment(String unitCode, Adjustment.Kind kind, String criterionCode, BigDecimal points, String reason) {
    }

    /** Points recorded for a unit, with who recorded them and when. */
    public record RecordedAdjustment(UUID id, int clusterNumber, int year, String unitCode, Adjustment.Kind kind,
                                     String criterionCode, BigDecimal points, String reason, String recordedBy,
                                     OffsetDateTime recordedAt) {
    }
}
