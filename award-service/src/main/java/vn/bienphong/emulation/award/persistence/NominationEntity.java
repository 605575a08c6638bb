package vn.bienphong.emulation.award.persistence;

import java.math.BigDecimal;
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

import vn.bienphong.emulation.award.domain.NominationStatus;

/** A unit a closed ballot proposed for an award, waiting for the council's decision or decided. */
@Entity
@Table(name = "nomination")
public class NominationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ballot_id", nullable = false)
    public UUID ballotId;

    @Column(name = "question_id", nullable = false)
    public String questionId;

    @Column(name = "cluster_number", nullable = false)
    public int clusterNumber;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String award;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public int votes;

    @Column(nullable = false)
    public BigDecimal share;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationStatus status;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
