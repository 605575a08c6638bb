package vn.bienphong.emulation.cluster.persistence;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A cluster's year as one revision set it: written on every change, never updated. */
@Entity
@Table(name = "cluster_year_revision")
public class ClusterYearRevisionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cluster_number", nullable = false)
    public int clusterNumber;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int revision;

    public String theme;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "rotation_order", nullable = false)
    public List<String> rotationOrder;

    @Column(name = "chair_unit_code")
    public String chairUnitCode;

    @Column(name = "deputy_chair_unit_code")
    public String deputyChairUnitCode;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    public static ClusterYearRevisionEntity of(ClusterYearEntity year, String changedBy) {
        ClusterYearRevisionEntity r = new ClusterYearRevisionEntity();
        r.clusterNumber = year.clusterNumber;
        r.year = year.year;
        r.revision = year.revision;
        r.theme = year.theme;
        r.rotationOrder = year.rotationOrder();
        r.chairUnitCode = year.chairUnitCode;
        r.deputyChairUnitCode = year.deputyChairUnitCode;
        r.changedBy = changedBy;
        r.changedAt = year.updatedAt;
        return r;
    }

    public static List<ClusterYearRevisionEntity> of(int clusterNumber, int year) {
        return list("clusterNumber = ?1 and year = ?2", Sort.by("revision"), clusterNumber, year);
    }
}
