package vn.bienphong.emulation.award.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A nomination dossier: who is proposed for which award, its status in the workflow, the decision it ended in. */
@Entity
@Table(name = "dossier")
public class DossierEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cluster_number", nullable = false)
    public int clusterNumber;

    @Column(nullable = false)
    public int year;

    @Column(name = "award_code")
    public String awardCode;

    @Column(name = "award_name", nullable = false)
    public String awardName;

    @Column(name = "recipient_kind", nullable = false)
    public String recipientKind;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(name = "unit_name")
    public String unitName;

    @Column(name = "person_name")
    public String personName;

    @Column(name = "person_rank")
    public String personRank;

    @Column(name = "person_position")
    public String personPosition;

    @Column(columnDefinition = "text")
    public String achievements;

    @Column(nullable = false)
    public String occasion;

    /** BALLOT, UNIT, COUNCIL or IMPORT. */
    @Column(nullable = false)
    public String source;

    @Column(name = "ballot_id")
    public UUID ballotId;

    @Column(name = "question_id")
    public String questionId;

    public Integer votes;

    @Column(nullable = false)
    public String status;

    /** APPROVED or REJECTED once decided. */
    public String outcome;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "filed_by", nullable = false)
    public String filedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
