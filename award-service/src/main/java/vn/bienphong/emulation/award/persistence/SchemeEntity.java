package vn.bienphong.emulation.award.persistence;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The scoring scheme of a cluster and year, its definition as JSON. */
@Entity
@Table(name = "scoring_scheme")
@IdClass(SchemeEntity.Key.class)
public class SchemeEntity extends PanacheEntityBase {

    @Id
    @Column(name = "cluster_number")
    public int clusterNumber;

    @Id
    public int year;

    @Column(nullable = false, columnDefinition = "text")
    public String definition;

    @Column(nullable = false)
    public int revision;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public static Optional<SchemeEntity> findFor(int clusterNumber, int year) {
        return find("clusterNumber = ?1 and year = ?2", clusterNumber, year).firstResultOptional();
    }

    public record Key(int clusterNumber, int year) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
