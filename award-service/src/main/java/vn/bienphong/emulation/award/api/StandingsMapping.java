package vn.bienphong.emulation.award.api;

import vn.bienphong.emulation.award.service.StandingsViews;

/** The standings between the service's form and the API's. */
final class StandingsMapping {

    private StandingsMapping() {
    }

    static StandingsDtos.Standings standings(StandingsViews.Standings s) {
        return new StandingsDtos.Standings(s.clusterNumber(), s.clusterName(), s.year(), s.campaign(), s.revision(), s.cause(),
                s.calculatedAt(), SchemeMapping.tieBreaks(s.tieBreaks()), s.entries().stream().map(StandingsMapping::entry).toList());
    }

    private static StandingsDtos.Entry entry(StandingsViews.Entry e) {
        return new StandingsDtos.Entry(e.rank(), e.unitCode(), e.unitName(), e.score(), e.bonusPoints(), e.penaltyPoints(),
                e.decidedBy(), e.breakdown().stream().map(c -> new StandingsDtos.CriterionLine(c.criterionCode(), c.metricCode(),
                        c.actual(), c.target(), c.weight(), c.points(), c.reports().stream()
                        .map(r -> new StandingsDtos.ReportFigure(r.reportId(), r.version(), r.period(), r.value())).toList())).toList());
    }

    static StandingsDtos.UnitHistory history(StandingsViews.UnitHistory h) {
        return new StandingsDtos.UnitHistory(h.unitCode(), h.years().stream()
                .map(y -> new StandingsDtos.YearStanding(y.clusterNumber(), y.year(), y.rank(), y.score(), y.unitsRanked())).toList());
    }
}
