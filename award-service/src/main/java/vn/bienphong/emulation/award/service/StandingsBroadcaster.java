package vn.bienphong.emulation.award.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import vn.bienphong.emulation.common.events.contract.StandingsUpdated;

/** The live stream of standings changes for dashboards: fed after each commit that moved standings. */
@ApplicationScoped
public class StandingsBroadcaster {

    /** Changes a listener may be behind by before its stream fails (far more than the clusters and years of a rebuild). */
    static final int BUFFER_PER_LISTENER = 10_000;

    private final BroadcastProcessor<StandingsUpdated> processor = BroadcastProcessor.create();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) StandingsCalculator.StandingsChanged change) {
        synchronized (processor) {
            processor.onNext(change.standings());
        }
    }

    /**
     * Changes from now on, of one cluster and year when given. Each listener has a buffer of its own:
     * a burst (a batch touching many clusters, the end of a rebuild) waits there for a slow client
     * instead of cutting its stream.
     */
    public Multi<StandingsUpdated> changes(Integer clusterNumber, Integer year) {
        return processor
                .filter(s -> clusterNumber == null || s.clusterNumber() == clusterNumber)
                .filter(s -> year == null || s.year() == year)
                .onOverflow().buffer(BUFFER_PER_LISTENER);
    }
}
