package vn.bienphong.emulation.award.api;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bienphong.emulation.award.domain.Adjustment;
import vn.bienphong.emulation.award.domain.Criterion;
import vn.bienphong.emulation.common.api.AsRead;

/** What the schemes API takes and gives: the pact's criteria, award bonuses, tie-break rules; bonus, penalty and inspection points. */
public final class SchemeDtos {

    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{0,59}";
    public static final String CODE_MESSAGE = "must be 1 to 60 letters, digits, '_', '.' or '-'";
    public static final String UNIT_PATTERN = "[A-Z0-9][A-Z0-9-]{1,39}";
    public static final String UNIT_MESSAGE = "must be a unit code: 2 to 40 capital letters, digits or '-'";

    private SchemeDtos() {
    }

    /**
     * A criterion of the pact. METRIC: {@code weight} points at {@code target} of {@code metricCode}
     * (leave the target out to measure against the cluster's best), overshoot counted up to
     * {@code overshootCap} × weight (default 1: nothing extra). QUALITATIVE: scored by inspection points.
     * {@code aggregation}: how the metric's figures of the unit's reports make up one, as report-service's
     * catalogue defines the metric: SUM (default) or MAX (the largest figure reported).
     */
    @Schema(examples = """
            {"code": "crime", "title": "Đấu tranh phòng, chống tội phạm", "kind": "METRIC", "metricCode": "crimeCases", "weight": 30, "target": 150, "overshootCap": 1.2, "aggregation": "SUM"}""")
    public record CriterionDto(
            @NotNull(message = "is required") @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
            @Size(max = 300, message = "must be at most 300 characters") String title,
            @NotNull(message = "is required: METRIC or QUALITATIVE") Criterion.Kind kind,
            @Schema(nullable = true) @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String metricCode,
            @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 6, fraction = 2, message = "must have at most 6 digits and 2 decimals") BigDecimal weight,
            @Schema(nullable = true) @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 18, fraction = 6, message = "must have at most 18 digits and 6 decimals") BigDecimal target,
            @Schema(nullable = true) @DecimalMin(value = "1", message = "must be 1 or more (1: overshoot earns nothing extra)")
            @DecimalMax(value = "10", message = "must be at most 10") BigDecimal overshootCap,
            @Schema(nullable = true) Criterion.Aggregation aggregation) {
    }

    /** Bonus points for an award the unit received in the year, e.g. {"awardCode": "GOVERNMENT_FLAG", "points": 15}. */
    @Schema(examples = """
            {"awardCode": "GOVERNMENT_FLAG", "points": 15}""")
    public record AwardBonusDto(
            @NotNull(message = "is required") @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String awardCode,
            @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 6, fraction = 2, message = "must have at most 6 digits and 2 decimals") BigDecimal points) {
    }

    /**
     * The scheme of a cluster and year. {@code tieBreaks} orders the standings: TOTAL_SCORE first,
     * then e.g. CRITERION:&lt;code&gt;, FEWER_PENALTY_POINTS, MORE_BONUS_POINTS. A rule may also be given as the
     * scheme's GET answers it ({@code {"rule": …, "explanation": …}}), so a scheme read can be sent back changed.
     */
    @Schema(examples = """
            {"criteria": [{"code": "patrols", "title": "Tuần tra, kiểm soát biên giới", "kind": "METRIC", "metricCode": "borderPatrols", "weight": 40, "target": 1800, "overshootCap": 1, "aggregation": "SUM"},
                          {"code": "crime", "title": "Đấu tranh phòng, chống tội phạm", "kind": "METRIC", "metricCode": "crimeCases", "weight": 30, "target": 150, "overshootCap": 1.2, "aggregation": "SUM"},
                          {"code": "mass-mobilisation", "title": "Công tác dân vận", "kind": "QUALITATIVE", "weight": 30}],
             "awardBonuses": [{"awardCode": "GOVERNMENT_FLAG", "points": 15}],
             "tieBreaks": ["TOTAL_SCORE", "CRITERION:crime", "FEWER_PENALTY_POINTS"]}""")
    public record SchemeRequest(
            @NotEmpty(message = "must list at least one criterion") @Size(max = 100, message = "must list at most 100 criteria")
            List<@Valid @NotNull(message = "must be a criterion") CriterionDto> criteria,
            @Size(max = 50, message = "must list at most 50 award bonuses")
            List<@Valid @NotNull(message = "must be an award bonus") AwardBonusDto> awardBonuses,
            @Size(max = 20, message = "must list at most 20 rules")
            @JsonDeserialize(contentUsing = AsRead.Rule.class)
            @Schema(description = "the tie-break rules in order, TOTAL_SCORE first; a rule as the scheme's GET answers it is taken too (its rule counts)")
            List<@NotBlank(message = "must be a rule") String> tieBreaks) {
    }

    @Schema(examples = """
            {"rule": "TOTAL_SCORE", "explanation": "the higher total score first"}""")
    public record TieBreakView(String rule, String explanation) {
    }

    /** A scheme of a cluster and year; of one of its peak campaigns when {@code campaign} is given (absent for the year's). */
    @Schema(examples = """
            {"clusterNumber": 1, "year": 2025, "isDefault": false, "revision": 2,
             "criteria": [{"code": "patrols", "title": "Tuần tra, kiểm soát biên giới", "kind": "METRIC", "metricCode": "borderPatrols", "weight": 40, "target": 1800, "overshootCap": 1, "aggregation": "SUM"},
                          {"code": "crime", "title": "Đấu tranh phòng, chống tội phạm", "kind": "METRIC", "metricCode": "crimeCases", "weight": 30, "target": 150, "overshootCap": 1.2, "aggregation": "SUM"},
                          {"code": "mass-mobilisation", "title": "Công tác dân vận", "kind": "QUALITATIVE", "metricCode": null, "weight": 30, "target": null, "overshootCap": null, "aggregation": null}],
             "awardBonuses": [{"awardCode": "GOVERNMENT_FLAG", "points": 15}], "tieBreaks": [{"rule": "TOTAL_SCORE", "explanation": "the higher total score first"},
                            {"rule": "CRITERION:crime", "explanation": "the more points on criterion crime first"}],
             "updatedAt": "2025-02-10T09:00:00+07:00", "updatedBy": "council-officer"}""")
    public record Scheme(int clusterNumber, int year,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String campaign,
                         boolean isDefault, int revision, List<CriterionDto> criteria,
                         List<AwardBonusDto> awardBonuses, List<TieBreakView> tieBreaks, OffsetDateTime updatedAt,
                         String updatedBy) {
    }

    /** Points the council records for a unit: a BONUS or PENALTY with its reason, or the INSPECTION score of a qualitative criterion. */
    @Schema(examples = """
            {"unitCode": "BDBP-QUANG-NINH", "kind": "BONUS", "criterionCode": null, "points": 2,
             "reason": "Cứu hộ, cứu nạn 27 ngư dân trong cơn bão số 3"}""")
    public record AdjustmentRequest(
            @NotNull(message = "is required") @Pattern(regexp = UNIT_PATTERN, message = UNIT_MESSAGE) String unitCode,
            @NotNull(message = "is required: BONUS, PENALTY or INSPECTION") Adjustment.Kind kind,
            @Schema(nullable = true) @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String criterionCode,
            @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @Digits(integer = 6, fraction = 2, message = "must have at most 6 digits and 2 decimals") BigDecimal points,
            @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reason) {
    }

    @Schema(examples = """
            {"id": "2c7d9e10-4b6a-4f3e-8d21-5a9c0b1e7f33", "clusterNumber": 1, "year": 2025, "unitCode": "BDBP-QUANG-NINH", "kind": "BONUS",
             "criterionCode": null, "points": 2, "reason": "Cứu hộ, cứu nạn 27 ngư dân trong cơn bão số 3", "recordedBy": "council-officer",
             "recordedAt": "2025-09-10T10:20:00+07:00"}""")
    public record AdjustmentView(UUID id, int clusterNumber, int year, String unitCode, Adjustment.Kind kind,
                                 @Schema(nullable = true) String criterionCode, BigDecimal points, String reason, String recordedBy,
                                 OffsetDateTime recordedAt) {
    }
}
