package vn.bienphong.emulation.cluster.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.cluster.domain.ChairHandoverPolicy;
import vn.bienphong.emulation.cluster.domain.HandoverDecision;
import vn.bienphong.emulation.cluster.events.ClusterEventPublisher;
import vn.bienphong.emulation.cluster.persistence.ChairHandoverEntity;
import vn.bienphong.emulation.cluster.persistence.ChairHandoverEntity.Outcome;
import vn.bienphong.emulation.cluster.persistence.ChairHandoverEntity.Trigger;
import vn.bienphong.emulation.cluster.persistence.ClusterEntity;
import vn.bienphong.emulation.cluster.persistence.ClusterYearEntity;
import vn.bienphong.emulation.cluster.persistence.UnitEntity;
import vn.bienphong.emulation.common.events.UnprocessableEventException;
import vn.bienphong.emulation.common.events.contract.BallotClosed;
import vn.bienphong.emulation.common.problem.ProblemException;

/**
 * Hands the chair flag over at the end of a cluster's year, when its ballot closes (event) or
 * when the council records it (API). Next year's membership starts as a copy of this year's
 * unless it was set up already.
 */
@ApplicationScoped
public class ChairHandoverService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ChairHandoverService.class);

    private final ClusterService clusters;
    private final ClusterEventPublisher events;

    public ChairHandoverService(ClusterService clusters, ClusterEventPublisher events) {
        this.clusters = clusters;
        this.events = events;
    }

    /**
     * From "ballot closed": a refused handover is recorded as failed and published, never dropped. A
     * ballot that hands no flag over (void, or no next chair elected without the rotation asked for)
     * changes nothing: empty.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ChairHandoverEntity> onBallotClosed(BallotClosed ballot) {
        if (ClusterEntity.findByIdOptional(ballot.clusterNumber()).isEmpty()) {
            throw new UnprocessableEventException("ballot " + ballot.ballotId() + " names cluster " + ballot.clusterNumber()
                    + ", which does not exist");
        }
        Optional<String> none = ChairHandoverPolicy.noHandoverAfterBallot(ballot.voided(), ballot.chairFlag(), ballot.chairFlagReason());
        if (none.isPresent()) {
            LOG.infof("ballot %s of cluster %d for %d hands no chair flag over: %s", ballot.ballotId(), ballot.clusterNumber(),
                    ballot.year(), none.get());
            return Optional.empty();
        }
        Optional<String> elected = BallotClosed.FLAG_ROTATION.equals(ballot.chairFlag()) ? Optional.empty()
                : Optional.ofNullable(ballot.nextChairUnitCode());
        String reference = "ballot " + ballot.ballotId();
        Optional<ClusterYearEntity> thisYear = ClusterYearEntity.findFor(ballot.clusterNumber(), ballot.year());
        if (thisYear.isEmpty()) {
            return Optional.of(record(ballot.clusterNumber(), ballot.year(), HandoverDecision.refused(null, elected.orElse(null),
                    ballot.year() + 1, "cluster " + ballot.clusterNumber() + " has no setup for " + ballot.year()),
                    Trigger.BALLOT_CLOSED, reference));
        }
        return Optional.of(handOver(thisYear.get(), elected, Trigger.BALLOT_CLOSED, reference));
    }

    /** From the council: a refused handover is a 422 and nothing is stored. */
    @Transactional
    public ClusterViews.Handover recordHandover(int clusterNumber, int fromYear, String toUnitCode, String reference) {
        ClusterService.findCluster(clusterNumber);
        ClusterYearEntity thisYear = ClusterYearEntity.findFor(clusterNumber, fromYear)
                .orElseThrow(() -> ProblemException.notFound("cluster " + clusterNumber + " has no setup for " + fromYear));
        if (toUnitCode != null && UnitEntity.findByCode(toUnitCode).isEmpty()) {
            throw ProblemException.ruleBroken("unknown unit " + toUnitCode);
        }
        HandoverDecision decision = decide(thisYear, Optional.ofNullable(toUnitCode));
        if (!decision.accepted()) {
            throw ProblemException.ruleBroken(decision.reason());
        }
        return view(apply(thisYear, decision, Trigger.COUNCIL, reference));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClusterViews.Handover> handoversOf(int clusterNumber) {
        ClusterService.findCluster(clusterNumber);
        return ChairHandoverEntity.ofCluster(clusterNumber).stream().map(ChairHandoverService::view).toList();
    }

    static ClusterViews.Handover view(ChairHandoverEntity e) {
        return new ClusterViews.Handover(e.id, e.clusterNumber, e.fromYear, e.forYear, e.fromUnitCode, e.toUnitCode,
                e.outcome.name(), e.reason, e.triggerKind.name(), e.triggerReference, e.happenedAt);
    }

    private ChairHandoverEntity handOver(ClusterYearEntity thisYear, Optional<String> elected, Trigger trigger, String reference) {
        HandoverDecision decision = decide(thisYear, elected);
        if (!decision.accepted()) {
            return record(thisYear.clusterNumber, thisYear.year, decision, trigger, reference);
        }
        return apply(thisYear, decision, trigger, reference);
    }

    private HandoverDecision decide(ClusterYearEntity thisYear, Optional<String> elected) {
        Set<String> nextMembers = ClusterYearEntity.findFor(thisYear.clusterNumber, thisYear.year + 1)
                .map(next -> (Set<String>) new HashSet<>(next.rotationOrder()))
                .orElseGet(() -> new HashSet<>(thisYear.rotationOrder()));
        return ChairHandoverPolicy.decide(thisYear.toSetup(), elected, nextMembers,
                ChairHandoverEntity.completedFor(thisYear.clusterNumber, thisYear.year));
    }

    /** Makes the successor next year's chair (setting next year up from this one if need be) and records the handover. */
    private ChairHandoverEntity apply(ClusterYearEntity thisYear, HandoverDecision decision, Trigger trigger, String reference) {
        int nextYear = decision.forYear();
        Optional<ClusterYearEntity> existing = ClusterYearEntity.findFor(thisYear.clusterNumber, nextYear);
        List<String> members = existing.map(ClusterYearEntity::rotationOrder).orElse(thisYear.rotationOrder());
        String deputy = ChairHandoverPolicy.deputyAfterHandover(existing.map(y -> y.deputyChairUnitCode).orElse(null),
                decision.toUnitCode());
        String theme = existing.map(y -> y.theme).orElse(null);
        clusters.setUpYear(thisYear.clusterNumber, nextYear,
                new ClusterViews.YearPlan(theme, members, null, decision.toUnitCode(), deputy),
                "chair handover (" + trigger.name().toLowerCase() + (reference == null ? "" : ", " + reference) + ")");
        return record(thisYear.clusterNumber, thisYear.year, decision, trigger, reference);
    }

    private ChairHandoverEntity record(int clusterNumber, int fromYear, HandoverDecision decision, Trigger trigger, String reference) {
        ChairHandoverEntity h = new ChairHandoverEntity();
        h.id = UUID.randomUUID();
        h.clusterNumber = clusterNumber;
        h.fromYear = fromYear;
        h.forYear = decision.forYear();
        h.fromUnitCode = decision.fromUnitCode();
        h.toUnitCode = decision.toUnitCode();
        h.outcome = decision.accepted() ? Outcome.COMPLETED : Outcome.FAILED;
        h.reason = decision.accepted() ? "successor " + decision.choice().description() : decision.reason();
        h.triggerKind = trigger;
        h.triggerReference = reference;
        h.happenedAt = OffsetDateTime.now(ZoneOffset.UTC);
        h.persist();
        events.handover(h);
        return h;
    }
}
