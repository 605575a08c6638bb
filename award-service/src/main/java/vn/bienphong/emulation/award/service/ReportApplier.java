package vn.bienphong.emulation.award.service;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.logging.Logger;
import vn.bienphong.emulation.award.persistence.StandingsStore;
import vn.bienphong.emulation.common.events.EventEnvelope;
import vn.bienphong.emulation.common.events.UnprocessableEventException;
import vn.bienphong.emulation.common.events.contract.ReportFiled;

/**
 * Applies a report event to the unit's totals: a new report adds its figures; a newer version
 * replaces the figures of the version stored (the difference is added); a version that is not
 * newer than the stored one changes nothing. Then the cluster is rescored. The cost is the work
 * on one cluster and year, whatever the length of its history.
 */
@ApplicationScoped
public class ReportApplier {

    private static final Logger LOG = Logger.getLogger(ReportApplier.class);
    private static final TypeReference<Map<String, BigDecimal>> FIGURES = new TypeReference<>() {
    };

    private final StandingsStore store;
    private final StandingsCalculator standings;
    private final ObjectMapper json;

    public ReportApplier(StandingsStore store, StandingsCalculator standings, ObjectMapper json) {
        this.store = store;
        this.standings = standings;
        this.json = json;
    }

    /** A report event read off the topic. */
    public record Filed(EventEnvelope event, ReportFiled report) {
    }

    /**
     * Applies a batch of report events in one transaction: each once (its id recorded in
     * {@code processed_event}), each touched cluster and year rescored once at the end.
     */
    @Transactional
    public void applyAll(String consumer, List<Filed> batch) {
        Map<UUID, String> types = new LinkedHashMap<>();
        batch.forEach(f -> types.put(f.event().id(), f.event().type()));
        Set<UUID> fresh = new HashSet<>(store.recordProcessed(consumer, types));
        Map<UUID, StandingsStore.StoredReport> reports = store.findReports(
                batch.stream().map(f -> f.report().reportId()).collect(Collectors.toSet()));
        Map<List<Object>, Map<String, BigDecimal>> deltas = new LinkedHashMap<>();
        Map<UUID, Filed> saved = new LinkedHashMap<>();
        Map<List<Integer>, Filed> touched = new TreeMap<>(
                Comparator.<List<Integer>>comparingInt(k -> k.get(0)).thenComparingInt(k -> k.get(1)));
        int applied = 0;
        for (Filed f : batch) {
            ReportFiled r = f.report();
            if (!fresh.remove(f.event().id())) {
                continue;
            }
            StandingsStore.StoredReport old = reports.get(r.reportId());
            if (old != null && old.version() >= r.version()) {
                continue;
            }
            if (old != null) {
                Map<String, BigDecimal> d = deltas.computeIfAbsent(List.of(old.clusterNumber(), old.year(), old.unitCode()), k -> new HashMap<>());
                read(old.figures()).forEach((m, v) -> d.merge(m, v.negate(), BigDecimal::add));
                touched.putIfAbsent(List.of(old.clusterNumber(), old.year()), null);
            }
            Map<String, BigDecimal> d = deltas.computeIfAbsent(List.of(r.clusterNumber(), r.year(), r.unitCode()), k -> new HashMap<>());
            r.figures().forEach((m, v) -> d.merge(m, v, BigDecimal::add));
            reports.put(r.reportId(), stored(r));
            saved.put(r.reportId(), f);
            touched.put(List.of(r.clusterNumber(), r.year()), f);
            applied++;
        }
        for (Filed f : saved.values()) {
            store.saveReport(reports.get(f.report().reportId()), f.event().id(), f.report().submittedAt());
        }
        deltas.forEach((k, d) -> {
            d.values().removeIf(v -> v.signum() == 0);
            store.addToTotals((Integer) k.get(0), (Integer) k.get(1), (String) k.get(2), d);
        });
        for (Map.Entry<List<Integer>, Filed> t : touched.entrySet()) {
            Filed last = t.getValue();
            String cause = last == null ? "a report moved away" : "report " + last.report().reportId() + " version "
                    + last.report().version() + " of " + last.report().unitCode()
                    + (applied > 1 ? " (and " + (applied - 1) + " more report events of the batch)" : "");
            standings.rescore(t.getKey().get(0), t.getKey().get(1), cause, last == null ? null : last.event().id());
        }
    }

    private StandingsStore.StoredReport stored(ReportFiled r) {
        return new StandingsStore.StoredReport(r.reportId(), r.clusterNumber(), r.year(), r.unitCode(), r.version(),
                r.period() == null ? null : r.period().label(), write(r.figures()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(EventEnvelope event, ReportFiled report) {
        Map<List<Integer>, Filed> touched = new LinkedHashMap<>();
        boolean changed = change(event, report, touched);
        if (changed) {
            touched.put(List.of(report.clusterNumber(), report.year()), new Filed(event, report));
        }
        touched.forEach((k, f) -> standings.rescore(k.get(0), k.get(1), f == null ? "a report moved away"
                : "report " + report.reportId() + " version " + report.version() + " of " + report.unitCode(), event.id()));
        return changed;
    }

    /** Changes the stored report and the totals; notes a cluster the report moved away from in {@code touched}. */
    private boolean change(EventEnvelope event, ReportFiled report, Map<List<Integer>, Filed> touched) {
        check(event, report);
        Optional<StandingsStore.StoredReport> stored = store.findReport(report.reportId());
        if (stored.isPresent() && stored.get().version() >= report.version()) {
            LOG.debugf("report %s version %d is not newer than the stored version %d; nothing changes",
                    report.reportId(), report.version(), stored.get().version());
            return false;
        }
        Map<String, BigDecimal> delta = new HashMap<>(report.figures());
        if (stored.isPresent()) {
            StandingsStore.StoredReport old = stored.get();
            Map<String, BigDecimal> oldFigures = read(old.figures());
            boolean sameHome = old.clusterNumber() == report.clusterNumber() && old.year() == report.year()
                    && old.unitCode().equals(report.unitCode());
            if (sameHome) {
                oldFigures.forEach((metric, value) -> delta.merge(metric, value.negate(), BigDecimal::add));
            } else {
                Map<String, BigDecimal> removal = new HashMap<>();
                oldFigures.forEach((metric, value) -> removal.put(metric, value.negate()));
                store.addToTotals(old.clusterNumber(), old.year(), old.unitCode(), removal);
                touched.putIfAbsent(List.of(old.clusterNumber(), old.year()), null);
            }
        }
        delta.values().removeIf(v -> v.signum() == 0);
        store.saveReport(new StandingsStore.StoredReport(report.reportId(), report.clusterNumber(), report.year(),
                report.unitCode(), report.version(), report.period() == null ? null : report.period().label(),
                write(report.figures())), event.id(), report.submittedAt());
        store.addToTotals(report.clusterNumber(), report.year(), report.unitCode(), delta);
        return true;
    }

    /** @throws UnprocessableEventException when the event can never be applied */
    public static void check(EventEnvelope event, ReportFiled r) {
        String problem = null;
        if (r.reportId() == null || r.unitCode() == null || r.unitCode().isBlank()) {
            problem = "lacks the report id or the unit code";
        } else if (r.version() < 1) {
            problem = "has version " + r.version() + "; versions start at 1";
        } else if (r.clusterNumber() < 1 || r.year() < 2000 || r.year() > 2100) {
            problem = "names cluster " + r.clusterNumber() + " and year " + r.year() + ", which cannot be";
        } else if (r.figures() == null || r.figures().containsKey(null) || r.figures().containsValue(null)) {
            problem = "has no figures, or a figure without metric or value";
        } else if (r.figures().keySet().stream().anyMatch(k -> k.isBlank() || k.length() > 80)) {
            problem = "has a metric code that is empty or longer than 80 characters";
        }
        if (problem != null) {
            throw new UnprocessableEventException("report event " + event.id() + " " + problem);
        }
    }

    private Map<String, BigDecimal> read(String figures) {
        try {
            return new HashMap<>(json.readValue(figures, FIGURES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored figures unreadable", e);
        }
    }

    private String write(Map<String, BigDecimal> figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
