package vn.bienphong.emulation.award.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.award.persistence.RosterStore;
import vn.bienphong.emulation.common.events.UnprocessableEventException;
import vn.bienphong.emulation.common.events.contract.MembershipChanged;

/** Keeps the roster of each cluster and year as cluster-service announces it; the standings list every member. */
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
        if (m.clusterNumber() < 1 || m.year() < 2000 || m.year() > 2100 || m.members() == null
                || m.members().stream().anyMatch(x -> x == null || x.unitCode() == null)) {
            throw new UnprocessableEventException("membership event " + eventId + " has no cluster, year or members that can be read");
        }
        rosters.replace(m.clusterNumber(), m.year(), m.clusterName(), m.chairUnitCode(),
                m.members().stream().map(x -> new RosterStore.Member(x.unitCode(), x.unitName())).toList());
        standings.rescore(m.clusterNumber(), m.year(), "membership changed", eventId);
    }
}
