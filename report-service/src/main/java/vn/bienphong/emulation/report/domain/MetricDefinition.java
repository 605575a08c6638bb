package vn.bienphong.emulation.report.domain;

import java.math.BigDecimal;

/** One measure of the catalogue: what a report may carry under {@code code}, and how it adds up. */
public record MetricDefinition(
        String code,
        String nameVi,
        String nameEn,
        String unitOfMeasure,
        ValueKind kind,
        int scale,
        BigDecimal maxValue,
        Aggregation aggregation,
        boolean active) {
}
