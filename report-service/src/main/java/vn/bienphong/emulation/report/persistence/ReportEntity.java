package vn.bienphong.emulation.report.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.bienphong.emulation.report.domain.PeriodKind;
import vn.bienphong.emulation.report.domain.ReportPeriod;

/** A report of one unit for one period of a cluster-year; {@code currentVersion} is the version totals count. */
@Entity
@Table(name = "report")
public class ReportEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "cluster_number", nullable = false)
    public int clusterNumber;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false)
    public PeriodKind periodKind;

    @Column(name = "period_label", nullable = false)
    public String periodLabel;

    @Column(name = "period_from", nullable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    public LocalDate periodTo;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public ReportPeriod period() {
        return new ReportPeriod(periodKind, periodLabel, periodFrom, periodTo);
    }
}
