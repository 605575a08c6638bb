package vn.bienphong.emulation.report.persistence;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.bienphong.emulation.common.rules.ReportCounting;
import vn.bienphong.emulation.report.domain.PeriodKind;

/**
 * Adds up the current version of each report (never a superseded one: {@code ReportSupersession.stands},
 * kept here as {@code v.version = r.current_version}), metric by metric, as the catalogue says each adds
 * up (SUM, MAX). Figures are JSONB numbers, summed as exact numerics. Without a period, the reports of
 * the kinds that count toward the year ({@link ReportCounting#countsTowardYear}: campaign reports apart);
 * with one, the reports of that period.
 */
@ApplicationScoped
public class TotalsRepository {

    /** The current version's figures of every report, one row per figure. */
    static final String CURRENT_FIGURES = """
            FROM report r
            JOIN report_version v ON v.report_id = r.id AND v.version = r.current_version
            CROSS JOIN LATERAL jsonb_each_text(v.figures) f
            LEFT JOIN metric_definition m ON m.code = f.key
            """;
    /** The period kinds whose reports count toward the year, as the shared rule says. */
    static final List<String> YEAR_KINDS = Arrays.stream(PeriodKind.values()).map(Enum::name)
            .filter(ReportCounting::countsTowardYear).toList();
    static final String AGGREGATE = "CASE WHEN m.aggregation = 'MAX' THEN MAX(f.value::numeric) ELSE SUM(f.value::numeric) END";

    private final EntityManager em;

    public TotalsRepository(EntityManager em) {
        this.em = em;
    }

    public record Scope(int year, Integer clusterNumber, String unitCode, String periodLabel) {
    }

    public record Result(long reportsCounted, Map<String, BigDecimal> figures) {
    }

    public Result totals(Scope scope) {
        StringBuilder where = new StringBuilder(" WHERE r.year = :year");
        if (scope.clusterNumber() != null) {
            where.append(" AND r.cluster_number = :cluster");
        }
        if (scope.unitCode() != null) {
            where.append(" AND r.unit_code = :unit");
        }
        where.append(scope.periodLabel() != null ? " AND r.period_label = :period" : " AND r.period_kind IN (:yearKinds)");
        Query sums = bind(em.createNativeQuery("SELECT f.key, " + AGGREGATE + " " + CURRENT_FIGURES + where
                + " GROUP BY f.key, m.aggregation ORDER BY f.key"), scope);
        Query count = bind(em.createNativeQuery("SELECT count(*) FROM report r" + where), scope);
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sums.getResultList();
        for (Object[] row : rows) {
            figures.put((String) row[0], plain((BigDecimal) row[1]));
        }
        return new Result(((Number) count.getSingleResult()).longValue(), figures);
    }

    private static Query bind(Query query, Scope scope) {
        query.setParameter("year", scope.year());
        if (scope.clusterNumber() != null) {
            query.setParameter("cluster", scope.clusterNumber());
        }
        if (scope.unitCode() != null) {
            query.setParameter("unit", scope.unitCode());
        }
        if (scope.periodLabel() != null) {
            query.setParameter("period", scope.periodLabel());
        } else {
            query.setParameter("yearKinds", YEAR_KINDS);
        }
        return query;
    }

    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
