package vn.bienphong.emulation.award.persistence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The year-end ballot of a cluster: its questions and eligible voters (JSON), and once closed its results. */
@Entity
@Table(name = "ballot")
public class BallotEntity extends PanacheEntityBase {

    public enum Status { OPEN, CLOSED }

    @Id
    public UUID id;

    @Column(name = "cluster_number", nullable = false)
    public int clusterNumber;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false, columnDefinition = "text")
    public String questions;

    @Column(name = "eligible_voters", nullable = false, columnDefinition = "text")
    public String eligibleVoters;

    @Column(name = "conference_date")
    public LocalDate conferenceDate;

    public String place;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(columnDefinition = "text")
    public String results;

    @Column(name = "next_chair_unit_code")
    public String nextChairUnitCode;

    /** The quorum as a share of the eligible voters; null for the default, two thirds. */
    @Column(precision = 5, scale = 4)
    public java.math.BigDecimal quorum;

    @Column(name = "rotate_if_none_elected", nullable = false)
    public boolean rotateIfNoneElected;

    /** Closed by the council below its quorum: nobody proposed, no flag handed over. */
    @Column(name = "void", nullable = false)
    public boolean voided;

    public static Optional<BallotEntity> findForUpdate(UUID id) {
        return Optional.ofNullable(getEntityManager().find(BallotEntity.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public static Optional<BallotEntity> findFor(int clusterNumber, int year) {
        return find("clusterNumber = ?1 and year = ?2", clusterNumber, year).firstResultOptional();
    }
}
