package vn.bienphong.emulation.award.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.bienphong.emulation.award.domain.CampaignStandings;
import vn.bienphong.emulation.award.domain.CriterionScore;
import vn.bienphong.emulation.award.domain.TieBreak;
import vn.bienphong.emulation.award.persistence.RosterStore;
import vn.bienphong.emulation.award.persistence.StandingsStore;
import vn.bienphong.emulation.common.problem.ProblemException;

/** Reads the standings as stored (the year's, or a campaign's), with the reports behind each figure. */
@ApplicationScoped
public class StandingsQueries {

    private static final TypeReference<List<CriterionScore>> BREAKDOWN = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, BigDecimal>> FIGURES = new TypeReference<>() {
    };

    private final StandingsStore store;
    private final RosterStore rosters;
    private final SchemeJson schemes;
    private final ObjectMapper json;

    public StandingsQueries(StandingsStore store, RosterStore rosters, SchemeJson schemes, ObjectMapper json) {
        this.store = store;
        this.rosters = rosters;
        this.schemes = schemes;
        this.json = json;
    }

    /**
     * The standings of the year ({@code campaign} null or empty), from the year's reports only, or of a
     * campaign whose scheme asks for them, from that campaign's reports only ({@link CampaignStandings}):
     * which reports stand behind each figure is what {@code ReportCounting} counted toward that standing.
     */
    @Transactional
    public StandingsViews.Standings standings(int clusterNumber, int year, String campaign) {
        CampaignStandings.Named named = SchemeService.named(campaign);
        String standing = named.standing();
        List<TieBreak> rules;
        if (named.isYear()) {
            rules = schemes.schemeFor(clusterNumber, year).tieBreaks();
        } else {
            rules = schemes.campaignSchemeFor(clusterNumber, year, standing)
                    .orElseThrow(() -> SchemeService.noCampaignScheme(clusterNumber, year, standing)).tieBreaks();
        }
        StandingsStore.StandingsHeader header = store.headerOf(clusterNumber, year, standing)
                .orElseThrow(() -> ProblemException.notFound("cluster " + clusterNumber + " has no standings for " + year
                        + (named.isYear() ? "" : " in the campaign " + standing)));
        Map<String, String> names = rosters.membersOf(clusterNumber, year);
        Map<String, Map<String, List<StandingsViews.ReportFigure>>> behind = new HashMap<>();
        for (StandingsStore.StoredReport r : store.reportsOf(clusterNumber, year, standing)) {
            read(r.figures(), FIGURES).forEach((metric, value) -> behind
                    .computeIfAbsent(r.unitCode(), u -> new HashMap<>())
                    .computeIfAbsent(metric, m -> new ArrayList<>())
                    .add(new StandingsViews.ReportFigure(r.reportId(), r.version(), r.periodLabel(), value)));
        }
        List<StandingsViews.Entry> entries = new ArrayList<>();
        for (StandingsStore.StandingRow row : store.standingsOf(clusterNumber, year, standing)) {
            Map<String, List<StandingsViews.ReportFigure>> unitReports = behind.getOrDefault(row.unitCode(), Map.of());
            List<StandingsViews.CriterionLine> lines = read(row.breakdown(), BREAKDOWN).stream()
                    .map(c -> new StandingsViews.CriterionLine(c.criterionCode(), c.metricCode(), c.actual(), c.target(),
                            c.weight(), c.points(), c.metricCode() == null ? List.of() : unitReports.getOrDefault(c.metricCode(), List.of())))
                    .toList();
            entries.add(new StandingsViews.Entry(row.rank(), row.unitCode(), names.get(row.unitCode()), row.score(),
                    row.bonusPoints(), row.penaltyPoints(), row.decidedBy(), lines));
        }
        return new StandingsViews.Standings(clusterNumber, rosters.clusterName(clusterNumber, year).orElse(null), year,
                named.isYear() ? null : standing, header.revision(), header.cause(), header.calculatedAt(), rules, entries);
    }

    @Transactional
    public StandingsViews.UnitHistory history(String unitCode) {
        List<StandingsViews.YearStanding> years = store.historyOf(unitCode).stream()
                .map(r -> new StandingsViews.YearStanding(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                        ((Number) r[2]).intValue(), (BigDecimal) r[3], ((Number) r[4]).intValue()))
                .toList();
        return new StandingsViews.UnitHistory(unitCode, years);
    }

    /** The units of a cluster and year in the order of its standings (members without standings last). */
    @Transactional
    public List<String> order(int clusterNumber, int year) {
        return store.standingsOf(clusterNumber, year).stream().map(StandingsStore.StandingRow::unitCode).toList();
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored standings unreadable", e);
        }
    }
}
