package vn.bienphong.emulation.award.persistence;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A form of commendation or an emulation title of the catalogue; its eligibility rules as JSON. */
@Entity
@Table(schema = "catalogue", name = "award_form")
public class AwardFormEntity extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String recipients;

    @Column(name = "deciding_level", nullable = false)
    public String decidingLevel;

    @Column(nullable = false)
    public String occasion;

    @Column(name = "certificate_heading", nullable = false)
    public String certificateHeading;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, columnDefinition = "text")
    public String rules;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
