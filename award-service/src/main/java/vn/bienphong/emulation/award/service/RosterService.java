package vn.bienphong.emulation.award.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.award.persistence.RosterStore;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.contract.ChairAssigned;
import vn.bienphong.emulation.common.events.contract.ChairHandover;
import vn.bienphong.emulation.common.events.contract.MembershipChanged;

/**
 * Keeps the roster of each cluster and year as cluster-service announces it (the standings list
 * every member), and who holds the chair of each cluster for each year (the chair's powers follow
 * it: {@code ChairPowers}). Each event is checked by its contract's one check ({@code defectOf}, in
 * service-common, the same for every consumer); one that fails it becomes a dead letter.
 */
@ApplicationScoped
public class RosterService {

    private final RosterStore rosters;
    private final StandingsCalculator standings;

    public RosterService(RosterStore rosters, StandingsCalculator standings) {
        this.rosters = rosters;
        this.standings = standings;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onMembershipChanged(UUID eventId, MembershipChanged m) {
        MembershipChanged.requireApplicable(m);
        rosters.replace(m.clusterNumber(), m.year(), m.clusterName(),
                m.members().stream().map(x -> new RosterStore.Member(x.unitCode(), x.unitName())).toList());
        rosters.setChair(m.clusterNumber(), m.year(), m.chairUnitCode(), EventTypes.MEMBERSHIP_CHANGED, eventId);
        standings.rescoreYearAndCampaigns(m.clusterNumber(), m.year(), "membership changed", eventId);
    }

    /** The council set a cluster's chair for a year. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onChairAssigned(UUID eventId, ChairAssigned c) {
        ChairAssigned.requireApplicable(c);
        rosters.setChair(c.clusterNumber(), c.year(), c.chairUnitCode(), EventTypes.CHAIR_ASSIGNED, eventId);
    }

    /** The flag passed at the end of {@code fromYear}: the successor holds the chair for {@code forYear}, the unit before it no more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onChairHandedOver(UUID eventId, ChairHandover h) {
        ChairHandover.requireApplicable(h);
        rosters.setChair(h.clusterNumber(), h.forYear(), h.toUnitCode(), EventTypes.CHAIR_HANDED_OVER, eventId);
    }
}
