package vn.bienphong.emulation.cluster.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** A handover of the chair flag, completed or failed: the history is kept whole. */
@Entity
@Table(name = "chair_handover")
public class ChairHandoverEntity extends PanacheEntityBase {

    public enum Outcome { COMPLETED, FAILED }

    /** What set the handover off. */
    public enum Trigger { BALLOT_CLOSED, COUNCIL }

    @Id
    public UUID id;

    @Column(name = "cluster_number", nullable = false)
    public int clusterNumber;

    @Column(name = "from_year", nullable = false)
    public int fromYear;

    @Column(name = "for_year", nullable = false)
    public int forYear;

    @Column(name = "from_unit_code")
    public String fromUnitCode;

    @Column(name = "to_unit_code")
    public String toUnitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false)
    public Trigger triggerKind;

    @Column(name = "trigger_reference")
    public String triggerReference;

    @Column(name = "happened_at", nullable = false)
    public OffsetDateTime happenedAt;

    public static boolean completedFor(int clusterNumber, int fromYear) {
        return count("clusterNumber = ?1 and fromYear = ?2 and outcome = ?3", clusterNumber, fromYear, Outcome.COMPLETED) > 0;
    }

    public static List<ChairHandoverEntity> ofCluster(int clusterNumber) {
        return list("clusterNumber", Sort.by("happenedAt").and("id"), clusterNumber);
    }
}
