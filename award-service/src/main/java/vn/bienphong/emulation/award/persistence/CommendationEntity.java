package vn.bienphong.emulation.award.persistence;

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

import vn.bienphong.emulation.award.domain.Occasion;
import vn.bienphong.emulation.award.domain.RecipientKind;

/**
 * A commendation (certificate of merit, emulation flag, ...) of a collective or of individuals,
 * in a cluster and year. {@code quantity} counts the recipients one decision commends.
 */
@Entity
@Table(name = "commendation")
public class CommendationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cluster_number", nullable = false)
    public int clusterNumber;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false)
    public RecipientKind recipientKind;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "person_name")
    public String personName;

    @Column(nullable = false)
    public int quantity;

    @Column(nullable = false)
    public String award;

    @Column(name = "award_code")
    public String awardCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Occasion occasion;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    public String reason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    // --- issue 13: the council's decision that made it, and the dossier it came from (null for commendations recorded directly)
    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "dossier_id")
    public UUID dossierId;
}
