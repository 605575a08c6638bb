package vn.bienphong.emulation.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import vn.bienphong.emulation.common.events.contract.MembershipChanged;
import vn.bienphong.emulation.report.persistence.RosterRepository;

/**
 * Applies cluster-service's membership events to the local roster. Nothing is held in memory: the
 * submissions of every instance read the roster as this transaction commits it.
 */
@ApplicationScoped
public class RosterService {

    private static final Logger LOG = Logger.getLogger(RosterService.class);

    private final RosterRepository repository;

    public RosterService(RosterRepository repository) {
        this.repository = repository;
    }

    /** Replaces what the roster holds for the event's cluster and year (runs in the inbox's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onMembershipChanged(MembershipChanged membership) {
        repository.replace(MembershipChanged.requireApplicable(membership));
        LOG.infof("roster of cluster %d in %d: %d members", membership.clusterNumber(), membership.year(),
                membership.members().size());
    }
}
