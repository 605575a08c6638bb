package vn.bienphong.emulation.award.service;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.bienphong.emulation.award.domain.ReportSupersession.Home;
import vn.bienphong.emulation.award.domain.ReportSupersession;
import vn.bienphong.emulation.award.persistence.StandingsStore;
import vn.bienphong.emulation.common.events.EventEnvelope;
import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.common.inbox.ProcessedEvents;

/**
 * Applies report events to the units' totals ({@link ReportSupersession} says how) and rescores
 * each touched cluster once. A batch (what one poll returns) is one transaction; each event is
 * applied once ({@link ProcessedEvents#recordNew}). The cost is the work on the touched clusters,
 * whatever the length of their history.
 */
@ApplicationScoped
public class ReportApplier {

    private static final TypeReference<Map<String, BigDecimal>> FIGURES = new TypeReference<>() {
    };

    private final StandingsStore store;
    private final StandingsCalculator standings;
    private final ProcessedEvents processed;
    private final ObjectMapper json;

    public ReportApplier(StandingsStore store, StandingsCalculator standings, ProcessedEvents processed, ObjectMapper json) {
        this.store = store;
        this.standings = standings;
        this.processed = processed;
        this.json = json;
    }

    /** A report event read off the topic. */
    public record Filed(EventEnvelope<JsonNode> event, ReportFiled report) {
    }

    /** Applies a batch of report events in one transaction; returns how many changed a unit's totals. */
    @Transactional
    public int applyAll(String consumer, List<Filed> batch) {
        return applyAll(consumer, batch, true);
    }

    /**
     * As {@link #applyAll(String, List)}; with {@code rescore} false the touched clusters are not
     * rescored (the standings rebuild replays into its own tables and rescores every cluster once at the end).
     */
    @Transactional
    public int applyAll(String consumer, List<Filed> batch, boolean rescore) {
        Map<UUID, String> types = new LinkedHashMap<>();
        batch.forEach(f -> types.put(f.event().id(), f.event().type()));
        Set<UUID> fresh = processed.recordNew(consumer, types);
        Map<UUID, StandingsStore.StoredReport> held = store.findReports(
                batch.stream().map(f -> f.report().reportId()).collect(Collectors.toSet()));
        Map<Home, Map<String, BigDecimal>> totals = new LinkedHashMap<>();
        Map<UUID, Filed> saved = new LinkedHashMap<>();
        // rescored in the order of (cluster, year), the order of their locks, so that batches never wait on each other in a circle
        Map<List<Integer>, Touched> touched = new TreeMap<>(
                Comparator.<List<Integer>>comparingInt(k -> k.get(0)).thenComparingInt(k -> k.get(1)));
        for (Filed f : batch) {
            if (!fresh.remove(f.event().id())) {
                continue; // applied before, or twice in this batch
            }
            ReportFiled r = f.report();
            StandingsStore.StoredReport old = held.get(r.reportId());
            var changes = ReportSupersession.changes(old == null ? null : version(old), version(r, home(r)));
            if (changes.isEmpty()) {
                continue;
            }
            ReportSupersession.accumulate(totals, changes.get());
            for (Home home : changes.get().keySet()) {
                touched.computeIfAbsent(List.of(home.clusterNumber(), home.year()), k -> new Touched()).add(home, null);
            }
            touched.computeIfAbsent(List.of(r.clusterNumber(), r.year()), k -> new Touched()).add(home(r), f);
            held.put(r.reportId(), stored(r));
            saved.put(r.reportId(), f);
        }
        for (Filed f : saved.values()) {
            store.saveReport(held.get(f.report().reportId()), f.event().id(), f.report().submittedAt());
        }
        totals.forEach((home, delta) -> {
            delta.values().removeIf(v -> v.signum() == 0);
            store.addToTotals(home.clusterNumber(), home.year(), home.campaign(), home.unitCode(), delta);
        });
        for (Map.Entry<List<Integer>, Touched> t : rescore ? touched.entrySet() : Map.<List<Integer>, Touched>of().entrySet()) {
            int cluster = t.getKey().get(0);
            int year = t.getKey().get(1);
            Touched what = t.getValue();
            if (what.year) {
                standings.rescore(cluster, year, cause(what.lastOfYear, saved.size()),
                        what.lastOfYear == null ? null : what.lastOfYear.event().id());
            }
            for (Map.Entry<String, Filed> campaign : what.campaigns.entrySet()) {
                standings.rescoreCampaign(cluster, year, campaign.getKey(), cause(campaign.getValue(), saved.size()));
            }
        }
        return saved.size();
    }

    /** What a batch touched of one cluster and year: its year's standings, its campaigns' (each with the last report that moved it). */
    private static final class Touched {
        boolean year;
        Filed lastOfYear;
        final Map<String, Filed> campaigns = new TreeMap<>();

        void add(Home home, Filed filed) {
            if (home.isYear()) {
                year = true;
                lastOfYear = filed != null ? filed : lastOfYear;
            } else if (filed != null || !campaigns.containsKey(home.campaign())) {
                campaigns.put(home.campaign(), filed != null ? filed : campaigns.get(home.campaign()));
            }
        }
    }

    private static String cause(Filed last, int batchSize) {
        return last == null ? "a report moved away" : "report " + last.report().reportId() + " version "
                + last.report().version() + " of " + last.report().unitCode()
                + (batchSize > 1 ? " (and " + (batchSize - 1) + " more report events of the batch)" : "");
    }

    /** The totals the report counts in ({@link ReportSupersession#homeOf}); null when none (the listener refuses such an event). */
    private static Home home(ReportFiled r) {
        return r.period() == null ? null
                : ReportSupersession.homeOf(r.clusterNumber(), r.year(), r.unitCode(), r.period().kind(), r.period().label()).orElse(null);
    }

    private static ReportSupersession.Version version(ReportFiled r, Home home) {
        return new ReportSupersession.Version(home, r.version(), r.figures());
    }

    private ReportSupersession.Version version(StandingsStore.StoredReport s) {
        return new ReportSupersession.Version(new Home(s.clusterNumber(), s.year(), s.campaign(), s.unitCode()), s.version(),
                read(s.figures()));
    }

    private StandingsStore.StoredReport stored(ReportFiled r) {
        return new StandingsStore.StoredReport(r.reportId(), r.clusterNumber(), r.year(), r.unitCode(), r.version(),
                r.period().kind(), r.period().label(), home(r).campaign(), write(r.figures()));
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
