package vn.bienphong.emulation.report.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.report.domain.MetricDefinition;
import vn.bienphong.emulation.report.persistence.MetricDefinitions;
import vn.bienphong.emulation.report.persistence.RosterRepository;
import vn.bienphong.emulation.report.persistence.TotalsRepository;

/**
 * Totals per unit, per cluster and for the whole force, for a year or one period of it. Which
 * reports count toward the year is the shared rule {@code ReportCounting} (campaign reports apart),
 * which {@link TotalsRepository} turns into its SQL.
 */
@ApplicationScoped
public class TotalsService {

    private final TotalsRepository repository;
    private final MetricDefinitions catalogue;
    private final RosterRepository roster;

    public TotalsService(TotalsRepository repository, MetricDefinitions catalogue, RosterRepository roster) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.roster = roster;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TotalsView.Totals forceTotals(int year, String period) {
        return totals("FORCE", new TotalsRepository.Scope(year, null, null, period));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TotalsView.Totals clusterTotals(int clusterNumber, int year, String period) {
        return totals("CLUSTER", new TotalsRepository.Scope(year, clusterNumber, null, period));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TotalsView.Totals unitTotals(String unitCode, int year, String period) {
        return totals("UNIT", new TotalsRepository.Scope(year, null, unitCode, period));
    }

    private TotalsView.Totals totals(String kind, TotalsRepository.Scope scope) {
        TotalsRepository.Result result = repository.totals(scope);
        return new TotalsView.Totals(kind, scope.year(), scope.clusterNumber(), scope.unitCode(),
                scope.unitCode() == null ? null : roster.unitName(scope.unitCode()), scope.periodLabel(),
                result.reportsCounted(), figures(result.figures()));
    }

    List<TotalsView.Figure> figures(Map<String, BigDecimal> values) {
        Map<String, MetricDefinition> metrics = values.isEmpty() ? Map.of() : catalogue.of(values.keySet());
        List<TotalsView.Figure> figures = new ArrayList<>(values.size());
        values.forEach((code, value) -> {
            MetricDefinition m = metrics.get(code);
            figures.add(m == null ? new TotalsView.Figure(code, null, null, null, value)
                    : new TotalsView.Figure(code, m.nameVi(), m.nameEn(), m.unitOfMeasure(), value));
        });
        return figures;
    }
}
