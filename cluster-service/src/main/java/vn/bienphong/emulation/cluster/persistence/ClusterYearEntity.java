package vn.bienphong.emulation.cluster.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import vn.bienphong.emulation.cluster.domain.YearSetup;

/** One emulation year of a cluster: its members in rotation order, theme, chair and deputy chair. */
@Entity
@Table(name = "cluster_year")
public class ClusterYearEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "cluster_number", nullable = false)
    public int clusterNumber;

    @Column(nullable = false)
    public int year;

    public String theme;

    @Column(name = "chair_unit_code")
    public String chairUnitCode;

    @Column(name = "deputy_chair_unit_code")
    public String deputyChairUnitCode;

    @Column(nullable = false)
    public int revision;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "clusterYear", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rotationPosition")
    public List<MembershipEntity> members = new ArrayList<>();

    public List<String> rotationOrder() {
        return members.stream().map(m -> m.unitCode).toList();
    }

    public YearSetup toSetup() {
        return new YearSetup(clusterNumber, year, theme, rotationOrder(), chairUnitCode, deputyChairUnitCode);
    }

    public static Optional<ClusterYearEntity> findFor(int clusterNumber, int year) {
        return find("clusterNumber = ?1 and year = ?2", clusterNumber, year).firstResultOptional();
    }

    public static List<ClusterYearEntity> listFor(int clusterNumber) {
        return list("clusterNumber", Sort.by("year"), clusterNumber);
    }

    public static Optional<ClusterYearEntity> latestFor(int clusterNumber) {
        return find("clusterNumber", Sort.descending("year"), clusterNumber).firstResultOptional();
    }
}
