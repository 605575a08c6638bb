package vn.bienphong.emulation.report.service;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import vn.bienphong.emulation.report.domain.MetricDefinition;
import vn.bienphong.emulation.report.persistence.MetricDefinitionEntity;

/**
 * The metric catalogue held in memory for the submission path: loaded on first use, reloaded
 * after a change to it commits here, and every few seconds in case another instance changed it.
 */
@ApplicationScoped
public class MetricCatalogue {

    /** Fired inside the transaction that changes the catalogue; observed after commit. */
    public record Changed() {
    }

    private volatile Map<String, MetricDefinition> metrics;

    public Map<String, MetricDefinition> current() {
        Map<String, MetricDefinition> loaded = metrics;
        return loaded != null ? loaded : reload();
    }

    @Transactional
    public Map<String, MetricDefinition> reload() {
        Map<String, MetricDefinition> loaded = MetricDefinitionEntity.<MetricDefinitionEntity>listAll().stream()
                .map(MetricDefinitionEntity::toDomain)
                .collect(Collectors.toUnmodifiableMap(MetricDefinition::code, Function.identity()));
        metrics = loaded;
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
