package vn.bienphong.emulation.award.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import vn.bienphong.emulation.award.domain.Adjustment;

/** Bonus, penalty or inspection points the council recorded for a unit, with the reason. */
@Entity
@Table(name = "score_adjustment")
public class AdjustmentEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cluster_number", nullable = false)
    public int clusterNumber;

    @Column(nullable = false)
    public int year;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Adjustment.Kind kind;

    @Column(name = "criterion_code")
    public String criterionCode;

    @Column(nullable = false)
    public BigDecimal points;

    @Column(nullable = false)
    public String reason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public Adjustment toDomain() {
        return new Adjustment(kind, criterionCode, points, reason);
    }

    public static List<AdjustmentEntity> of(int clusterNumber, int year) {
        return list("clusterNumber = ?1 and year = ?2", Sort.by("recordedAt"), clusterNumber, year);
    }
}
