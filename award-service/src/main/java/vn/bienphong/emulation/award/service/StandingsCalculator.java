package vn.bienphong.emulation.award.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.bienphong.emulation.award.domain.Adjustment;
import vn.bienphong.emulation.award.domain.CampaignStandings;
import vn.bienphong.emulation.award.domain.MetricAggregation;
import vn.bienphong.emulation.award.domain.RankedUnit;
import vn.bienphong.emulation.award.domain.Ranking;
import vn.bienphong.emulation.award.domain.Scorer;
import vn.bienphong.emulation.award.domain.ScoringScheme;
import vn.bienphong.emulation.award.domain.UnitPerformance;
import vn.bienphong.emulation.award.domain.UnitScore;
import vn.bienphong.emulation.award.events.AwardEventPublisher;
import vn.bienphong.emulation.award.persistence.AdjustmentEntity;
import vn.bienphong.emulation.award.persistence.CommendationEntity;
import vn.bienphong.emulation.award.persistence.RosterStore;
import vn.bienphong.emulation.award.persistence.StandingsStore;
import vn.bienphong.emulation.common.events.contract.StandingsUpdated;

/**
 * Rescores and reranks one cluster and year from its stored totals (never from the history of
 * reports), stores the standings in place, publishes "standings updated" and tells the live stream;
 * and the standings of the campaigns a scheme asks for, from each campaign's totals alone.
 */
@ApplicationScoped
public class StandingsCalculator {

    private final StandingsStore store;
    private final RosterStore rosters;
    private final AwardEventPublisher events;
    private final Event<StandingsChanged> changed;
    private final ObjectMapper json;
    private final SchemeJson schemes;

    public StandingsCalculator(StandingsStore store, RosterStore rosters, AwardEventPublisher events,
                               Event<StandingsChanged> changed, ObjectMapper json, SchemeJson schemes) {
        this.store = store;
        this.rosters = rosters;
        this.events = events;
        this.changed = changed;
        this.json = json;
        this.schemes = schemes;
    }

    /** Fired in the transaction that moved the standings; the live stream logs it in that transaction ({@link StandingsBroadcaster}). */
    public record StandingsChanged(StandingsUpdated standings) {
    }

    /** Rescores the year's standings of a cluster (from the year's totals only), publishes and streams the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StandingsUpdated rescore(int clusterNumber, int year, String cause, UUID causeEventId) {
        store.lockCluster(clusterNumber, year);
        ScoringScheme scheme = schemes.schemeFor(clusterNumber, year);
        Map<String, List<Adjustment>> adjustments = new java.util.LinkedHashMap<>();
        for (AdjustmentEntity a : AdjustmentEntity.of(clusterNumber, year)) {
            adjustments.computeIfAbsent(a.unitCode, u -> new ArrayList<>()).add(a.toDomain());
        }
        Map<String, Set<String>> awards = scheme.awardBonuses().isEmpty() ? Map.of() : awardsReceived(clusterNumber, year);
        List<RankedUnit> ranked = rank(clusterNumber, year, CampaignStandings.YEAR, scheme, adjustments, awards);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        store.replaceStandings(clusterNumber, year, rows(ranked), cause, now);
        List<StandingsUpdated.Entry> entries = ranked.stream()
                .map(r -> new StandingsUpdated.Entry(r.rank(), r.score().unitCode(), r.score().total())).toList();
        StandingsUpdated updated = new StandingsUpdated(clusterNumber, year, entries, cause, causeEventId, now);
        events.standingsUpdated(updated);
        changed.fire(new StandingsChanged(updated));
        return updated;
    }

    /**
     * Rescores the standings of a campaign of a cluster and year from the campaign's totals only, when a
     * scheme asks for that campaign ({@link CampaignStandings}); returns whether one did. Council points and
     * award bonuses are of the year and do not count here. Campaign standings are read on request; they are
     * not published as standings-updated.v1 nor streamed (those carry the year's standings).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean rescoreCampaign(int clusterNumber, int year, String campaign, String cause) {
        store.lockCluster(clusterNumber, year);
        Optional<ScoringScheme> scheme = schemes.campaignSchemeFor(clusterNumber, year, campaign);
        if (scheme.isEmpty()) {
            return false;
        }
        List<RankedUnit> ranked = rank(clusterNumber, year, campaign, scheme.get(), Map.of(), Map.of());
        store.replaceStandings(clusterNumber, year, campaign, rows(ranked), cause, OffsetDateTime.now(ZoneOffset.UTC));
        return true;
    }

    /** The year's standings and those of every campaign a scheme asks for (after a change of the roster, at the end of a rebuild). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rescoreYearAndCampaigns(int clusterNumber, int year, String cause, UUID causeEventId) {
        rescore(clusterNumber, year, cause, causeEventId);
        for (String campaign : schemes.campaignsWithSchemes(clusterNumber, year)) {
            rescoreCampaign(clusterNumber, year, campaign, cause);
        }
    }

    /** Scores and ranks the members and every unit with totals for the standing ("" the year's, else a campaign's). */
    private List<RankedUnit> rank(int clusterNumber, int year, String standing, ScoringScheme scheme,
                                  Map<String, List<Adjustment>> adjustments, Map<String, Set<String>> awards) {
        Set<String> largest = MetricAggregation.largestOf(scheme);
        Map<String, Map<String, java.math.BigDecimal>> totals = MetricAggregation.figures(
                store.totalsOf(clusterNumber, year, standing), largest,
                largest.isEmpty() ? Map.of() : reportFigures(clusterNumber, year, standing));
        Set<String> units = new LinkedHashSet<>(rosters.membersOf(clusterNumber, year).keySet());
        units.addAll(totals.keySet());
        units.addAll(adjustments.keySet());
        List<UnitPerformance> performances = new ArrayList<>(units.size());
        for (String unit : units) {
            performances.add(new UnitPerformance(unit, totals.getOrDefault(unit, Map.of()),
                    adjustments.getOrDefault(unit, List.of()), awards.getOrDefault(unit, Set.of())));
        }
        List<UnitScore> scores = Scorer.scoreCluster(scheme, performances);
        return Ranking.rank(scheme.tieBreaks(), scores);
    }

    private List<StandingsStore.StandingRow> rows(List<RankedUnit> ranked) {
        List<StandingsStore.StandingRow> rows = new ArrayList<>(ranked.size());
        for (RankedUnit r : ranked) {
            UnitScore s = r.score();
            rows.add(new StandingsStore.StandingRow(s.unitCode(), r.rank(), s.total(), s.bonusPoints(), s.penaltyPoints(),
                    r.decidedBy(), write(s.breakdown())));
        }
        return rows;
    }

    /** unit → the figures of each of its reports that count toward the standing (read only for a scheme with MAX metrics). */
    private Map<String, List<Map<String, java.math.BigDecimal>>> reportFigures(int clusterNumber, int year, String standing) {
        Map<String, List<Map<String, java.math.BigDecimal>>> byUnit = new HashMap<>();
        for (StandingsStore.StoredReport r : store.reportsOf(clusterNumber, year, standing)) {
            try {
                byUnit.computeIfAbsent(r.unitCode(), u -> new ArrayList<>()).add(json.readValue(r.figures(), FIGURES));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored figures unreadable", e);
            }
        }
        return byUnit;
    }

    private static final com.fasterxml.jackson.core.type.TypeReference<Map<String, java.math.BigDecimal>> FIGURES =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };

    private static Map<String, Set<String>> awardsReceived(int clusterNumber, int year) {
        Map<String, Set<String>> awards = new HashMap<>();
        CommendationEntity.<CommendationEntity>list("clusterNumber = ?1 and year = ?2 and unitCode is not null and awardCode is not null",
                        clusterNumber, year)
                .forEach(c -> awards.computeIfAbsent(c.unitCode, u -> new java.util.HashSet<>()).add(c.awardCode));
        return awards;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
