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
import vn.bienphong.emulation.award.api.SchemeDtos;
import vn.bienphong.emulation.award.api.StandingsDtos;
import vn.bienphong.emulation.award.domain.CriterionScore;
import vn.bienphong.emulation.award.persistence.RosterStore;
import vn.bienphong.emulation.award.persistence.StandingsStore;
import vn.bienphong.emulation.common.problem.ProblemException;
import vn.bienphong.emulation.common.rules.ReportCounting;

/** Reads the standings as stored, with the reports behind each figure. */
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

    @Transactional
    public StandingsDtos.Standings standings(int clusterNumber, int year) {
        StandingsStore.StandingsHeader header = store.headerOf(clusterNumber, year)
                .orElseThrow(() -> ProblemException.notFound("cluster " + clusterNumber + " has no standings for " + year));
        Map<String, String> names = rosters.membersOf(clusterNumber, year);
        Map<String, Map<String, List<StandingsDtos.ReportFigure>>> behind = new HashMap<>();
        for (StandingsStore.StoredReport r : store.reportsOf(clusterNumber, year, ReportCounting.YEAR_STANDING)) {
            read(r.figures(), FIGURES).forEach((metric, value) -> behind
                    .computeIfAbsent(r.unitCode(), u -> new HashMap<>())
                    .computeIfAbsent(metric, m -> new ArrayList<>())
                    .add(new StandingsDtos.ReportFigure(r.reportId(), r.version(), r.periodLabel(), value)));
        }
        List<StandingsDtos.Entry> entries = new ArrayList<>();
        for (StandingsStore.StandingRow row : store.standingsOf(clusterNumber, year)) {
            Map<String, List<StandingsDtos.ReportFigure>> unitReports = behind.getOrDefault(row.unitCode(), Map.of());
            List<StandingsDtos.CriterionLine> lines = read(row.breakdown(), BREAKDOWN).stream()
                    .map(c -> new StandingsDtos.CriterionLine(c.criterionCode(), c.metricCode(), c.actual(), c.target(),
                            c.weight(), c.points(), c.metricCode() == null ? List.of() : unitReports.getOrDefault(c.metricCode(), List.of())))
                    .toList();
            entries.add(new StandingsDtos.Entry(row.rank(), row.unitCode(), names.get(row.unitCode()), row.score(),
                    row.bonusPoints(), row.penaltyPoints(), row.decidedBy(), lines));
        }
        List<SchemeDtos.TieBreakView> rules = schemes.schemeFor(clusterNumber, year).tieBreaks().stream()
                .map(t -> new SchemeDtos.TieBreakView(t.toString(), t.describe())).toList();
        return new StandingsDtos.Standings(clusterNumber, rosters.clusterName(clusterNumber, year).orElse(null), year,
                header.revision(), header.cause(), header.calculatedAt(), rules, entries);
    }

    @Transactional
    public StandingsDtos.UnitHistory history(String unitCode) {
        List<StandingsDtos.YearStanding> years = store.historyOf(unitCode).stream()
                .map(r -> new StandingsDtos.YearStanding(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                        ((Number) r[2]).intValue(), (BigDecimal) r[3], ((Number) r[4]).intValue()))
                .toList();
        return new StandingsDtos.UnitHistory(unitCode, years);
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
