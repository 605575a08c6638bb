package vn.bienphong.emulation.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import vn.bienphong.emulation.common.events.UnprocessableEventException;
import vn.bienphong.emulation.common.events.contract.MembershipChanged;
import vn.bienphong.emulation.report.persistence.RosterRepository;

/** Applies cluster-service's membership events to the local roster. */
@ApplicationScoped
public class RosterService {

    private static final Logger LOG = Logger.getLogger(RosterService.class);

    private final RosterRepository repository;
    private final Event<RosterCache.Changed> changed;

    public RosterService(RosterRepository repository, Event<RosterCache.Changed> changed) {
        this.repository = repository;
        this.changed = changed;
    }

    /** Replaces what the roster holds for the event's cluster and year (runs in the inbox's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onMembershipChanged(MembershipChanged membership) {
        if (membership.clusterNumber() < 1 || membership.year() < 1900 || membership.members() == null
                || membership.members().stream().anyMatch(m -> m == null || m.unitCode() == null || m.unitCode().isBlank())) {
            throw new UnprocessableEventException("membership of cluster " + membership.clusterNumber() + " in "
                    + membership.year() + " lacks a cluster, a year or a member's unit code");
        }
        repository.replace(membership);
        changed.fire(new RosterCache.Changed());
        LOG.infof("roster of cluster %d in %d: %d members", membership.clusterNumber(), membership.year(),
                membership.members().size());
    }
}
