package vn.bienphong.emulation.cluster.persistence;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** A unit's place in a cluster for one year; the database allows one cluster per unit and year. */
@Entity
@Table(name = "cluster_membership")
public class MembershipEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_year_id")
    public ClusterYearEntity clusterYear;

    @Column(nullable = false)
    public int year;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "rotation_position", nullable = false)
    public int rotationPosition;

    public static List<MembershipEntity> inYear(int year, List<String> unitCodes) {
        return list("year = ?1 and unitCode in ?2", year, unitCodes);
    }

    public static List<MembershipEntity> ofUnit(String unitCode) {
        return list("unitCode", Sort.by("year"), unitCode);
    }
}
