package vn.bienphong.emulation.report.service;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.scheduler.Scheduled;
import vn.bienphong.emulation.report.domain.Roster;
import vn.bienphong.emulation.report.persistence.RosterRepository;

/**
 * The roster held in memory for the submission path: reloaded as soon as a membership event
 * applied here commits, and every few seconds for events another instance of the service applied.
 */
@ApplicationScoped
public class RosterCache {

    /** Fired inside the transaction that changes the roster; observed after commit. */
    public record Changed() {
    }

    private record State(Roster roster, Map<String, String> unitNames) {
    }

    private final RosterRepository repository;
    private volatile State state;

    public RosterCache(RosterRepository repository) {
        this.repository = repository;
    }

    public Roster roster() {
        return state().roster();
    }

    public String unitName(String unitCode) {
        return state().unitNames().get(unitCode);
    }

    private State state() {
        State loaded = state;
        return loaded != null ? loaded : load();
    }

    /** Reads the roster again from the database (tests call it after emptying the tables). */
    public void reload() {
        load();
    }

    private synchronized State load() {
        State loaded = new State(repository.load(), repository.unitNames());
        state = loaded;
        return loaded;
    }

    void afterChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed changed) {
        reload();
    }

    @Scheduled(every = "${report.cache.refresh-interval:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        reload();
    }
}
