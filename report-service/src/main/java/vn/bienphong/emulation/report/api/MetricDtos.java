package vn.bienphong.emulation.report.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.bienphong.emulation.report.domain.Aggregation;
import vn.bienphong.emulation.report.domain.MetricDefinition;
import vn.bienphong.emulation.report.domain.ValueKind;
import vn.bienphong.emulation.report.service.MetricService;

/** What the metric catalogue API takes and gives. */
public final class MetricDtos {

    public static final String CODE_PATTERN = "[a-z][a-zA-Z0-9]{1,59}";
    public static final String CODE_MESSAGE = "must be a lowerCamelCase code of 2 to 60 letters and digits, e.g. borderPatrols";

    private MetricDtos() {
    }

    /** A new measure. {@code scale}: decimals allowed (DECIMAL only; 0 for COUNT and MONEY_VND). */
    @Schema(examples = """
            {"code": "bilateralPatrols", "nameVi": "Tuần tra song phương", "nameEn": "Bilateral (joint) patrols",
             "unitOfMeasure": "lượt", "kind": "COUNT", "scale": 0, "maxValue": 100000, "aggregation": "SUM"}""")
    public record NewMetric(
            @NotNull(message = "is required") @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String nameVi,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String nameEn,
            @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String unitOfMeasure,
            @NotNull(message = "is required") ValueKind kind,
            @Min(value = 0, message = "must be 0 to 6") @Max(value = 6, message = "must be 0 to 6") Integer scale,
            @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @DecimalMax(value = "1000000000000000000", message = "must be at most 10^18") BigDecimal maxValue,
            Aggregation aggregation) {
        MetricService.NewMetric command() {
            return new MetricService.NewMetric(code, nameVi, nameEn, unitOfMeasure, kind, scale, maxValue, aggregation);
        }
    }

    /**
     * Changes the names, unit of measure, range, aggregation or whether it may still be reported; the code, kind
     * and scale stay. The metric as read ({@code GET /metrics/{code}}) may be sent back changed: its code, kind and
     * scale are then checked to be the metric's own.
     */
    @Schema(examples = """
            {"nameVi": "Tuần tra, kiểm soát biên giới", "nameEn": "Border patrols", "unitOfMeasure": "lượt",
             "maxValue": 10000000000, "aggregation": "SUM", "active": true}""")
    public record MetricChange(
            @Schema(description = "the metric's code as read; optional, must be the code in the path") String code,
            ValueKind kind,
            @Schema(description = "the metric's decimals as read; optional, cannot change") Integer scale,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String nameVi,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String nameEn,
            @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters") String unitOfMeasure,
            @NotNull(message = "is required") @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @DecimalMax(value = "1000000000000000000", message = "must be at most 10^18") BigDecimal maxValue,
            @NotNull(message = "is required") Aggregation aggregation,
            @NotNull(message = "is required") Boolean active) {
        MetricService.MetricChange command() {
            return new MetricService.MetricChange(code, kind, scale, nameVi, nameEn, unitOfMeasure, maxValue, aggregation, active);
        }
    }

    @Schema(examples = """
            {"code": "borderPatrols", "nameVi": "Tuần tra, kiểm soát biên giới", "nameEn": "Border patrols", "unitOfMeasure": "lượt",
             "kind": "COUNT", "scale": 0, "maxValue": 10000000000, "aggregation": "SUM", "active": true}""")
    public record Metric(String code, String nameVi, String nameEn, String unitOfMeasure, ValueKind kind, int scale,
                         BigDecimal maxValue, Aggregation aggregation, boolean active) {
        public static Metric of(MetricDefinition m) {
            return new Metric(m.code(), m.nameVi(), m.nameEn(), m.unitOfMeasure(), m.kind(), m.scale(),
                    m.maxValue().stripTrailingZeros().scale() < 0 ? m.maxValue().setScale(0) : m.maxValue().stripTrailingZeros(),
                    m.aggregation(), m.active());
        }
    }
}
