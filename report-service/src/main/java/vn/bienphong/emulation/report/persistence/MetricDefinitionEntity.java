package vn.bienphong.emulation.report.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.bienphong.emulation.report.domain.Aggregation;
import vn.bienphong.emulation.report.domain.MetricDefinition;
import vn.bienphong.emulation.report.domain.ValueKind;

@Entity
@Table(name = "metric_definition")
public class MetricDefinitionEntity extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "unit_of_measure", nullable = false)
    public String unitOfMeasure;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_kind", nullable = false)
    public ValueKind kind;

    @Column(nullable = false)
    public int scale;

    @Column(name = "max_value", nullable = false)
    public BigDecimal maxValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Aggregation aggregation;

    @Column(nullable = false)
    public boolean active;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public MetricDefinition toDomain() {
        return new MetricDefinition(code, nameVi, nameEn, unitOfMeasure, kind, scale, maxValue, aggregation, active);
    }
}
