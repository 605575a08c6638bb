package vn.bienphong.emulation.award.persistence;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One move of a dossier: the action, from and to which status, who, with which role, when, why. */
@Entity
@Table(name = "dossier_history")
public class DossierHistoryEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "dossier_id", nullable = false)
    public UUID dossierId;

    @Column(nullable = false)
    public String action;

    @Column(name = "from_status")
    public String fromStatus;

    @Column(name = "to_status", nullable = false)
    public String toStatus;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    public String reason;

    @Column(nullable = false)
    public OffsetDateTime at;
}
