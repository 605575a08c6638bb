package vn.bienphong.emulation.report.persistence;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a report, never changed once written; figures and models are JSON (exact numbers). */
@Entity
@Table(name = "report_version")
@IdClass(ReportVersionEntity.Key.class)
public class ReportVersionEntity extends PanacheEntityBase {

    @Id
    @Column(name = "report_id")
    public UUID reportId;

    @Id
    public int version;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String figures;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String models;

    public String notes;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "supersedes_version")
    public Integer supersedesVersion;

    public static List<ReportVersionEntity> ofReport(UUID reportId) {
        return list("reportId", Sort.by("version"), reportId);
    }

    public static ReportVersionEntity find(UUID reportId, int version) {
        return findById(new Key(reportId, version));
    }

    public static class Key implements Serializable {
        public UUID reportId;
        public int version;

        public Key() {
        }

        public Key(UUID reportId, int version) {
            this.reportId = reportId;
            this.version = version;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.reportId, reportId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(reportId, version);
        }
    }
}
