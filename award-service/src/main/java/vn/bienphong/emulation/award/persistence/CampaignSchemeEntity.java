package vn.bienphong.emulation.award.persistence;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The scoring scheme of a peak campaign of a cluster and year, its definition as JSON (as {@link SchemeEntity}'s). */
@Entity
@Table(name = "campaign_scheme")
@IdClass(CampaignSchemeEntity.Key.class)
public class CampaignSchemeEntity extends PanacheEntityBase {

    @Id
    @Column(name = "cluster_number")
    public int clusterNumber;

    @Id
    public int year;

    @Id
    public String campaign;

    @Column(nullable = false, columnDefinition = "text")
    public String definition;

    @Column(nullable = false)
    public int revision;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public static Optional<CampaignSchemeEntity> findFor(int clusterNumber, int year, String campaign) {
        return find("clusterNumber = ?1 and year = ?2 and campaign = ?3", clusterNumber, year, campaign).firstResultOptional();
    }

    /** The campaigns of a cluster and year that have a scheme, by code. */
    public static List<String> campaignsOf(int clusterNumber, int year) {
        return CampaignSchemeEntity.<CampaignSchemeEntity>list("clusterNumber = ?1 and year = ?2 order by campaign", clusterNumber, year)
                .stream().map(e -> e.campaign).toList();
    }

    public record Key(int clusterNumber, int year, String campaign) implements Serializable {
        public Key() {
            this(0, 0, null);
        }
    }
}
