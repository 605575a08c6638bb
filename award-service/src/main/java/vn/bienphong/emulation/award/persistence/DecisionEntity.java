package vn.bienphong.emulation.award.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A commendation decision of the council (quyết định khen thưởng): number, date, signer, the award it gives. */
@Entity
@Table(name = "commendation_decision")
public class DecisionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(name = "signer_name", nullable = false)
    public String signerName;

    @Column(name = "signer_title", nullable = false)
    public String signerTitle;

    @Column(name = "award_code", nullable = false)
    public String awardCode;

    @Column(name = "award_name", nullable = false)
    public String awardName;

    public String reason;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;
}
