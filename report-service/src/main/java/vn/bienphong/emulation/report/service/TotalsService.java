package vn.bienphong.emulation.report.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.report.api.TotalsDtos;
import vn.bienphong.emulation.report.domain.MetricDefinition;
import vn.bienphong.emulation.report.persistence.TotalsRepository;

/** Totals per unit, per cluster and for the whole force, for a year or one period of it. */
@ApplicationScoped
public class TotalsService {

    private final TotalsRepository repository;
    private final MetricCatalogue catalogue;
    private final RosterCache roster;

    public TotalsService(TotalsRepository repository, MetricCatalogue catalogue, RosterCache roster) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.roster = roster;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TotalsDtos.Totals forceTotals(int year, String period) {
        return totals("FORCE", new TotalsRepository.Scope(year, null, null, period));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TotalsDtos.Totals clusterTotals(int clusterNumber, int year, String period) {
        return totals("CLUSTER", new TotalsRepository.Scope(year, clusterNumber, null, period));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TotalsDtos.Totals unitTotals(String unitCode, int year, String period) {
        return totals("UNIT", new TotalsRepository.Scope(year, null, unitCode, period));
    }

    private TotalsDtos.Totals totals(String kind, TotalsRepository.Scope scope) {
        TotalsRepository.Result result = repository.totals(scope);
        return new TotalsDtos.Totals(kind, scope.year(), scope.clusterNumber(), scope.unitCode(),
                scope.unitCode() == null ? null : roster.unitName(scope.unitCode()), scope.periodLabel(),
                result.reportsCounted(), figures(result.figures()));
    }

    List<TotalsDtos.Figure> figures(Map<String, BigDecimal> values) {
        Map<String, MetricDefinition> metrics = catalogue.current();
        List<TotalsDtos.Figure> figures = new ArrayList<>(values.size());
        values.forEach((code, value) -> {
            MetricDefinition m = metrics.get(code);
            figures.add(m == null ? new TotalsDtos.Figure(code, null, null, null, value)
                    : new TotalsDtos.Figure(code, m.nameVi(), m.nameEn(), m.unitOfMeasure(), value));
        });
        return figures;
    }
}
