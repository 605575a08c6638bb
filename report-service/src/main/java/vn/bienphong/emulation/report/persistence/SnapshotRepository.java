package vn.bienphong.emulation.report.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Nightly rollups: written once per date in one statement (one consistent view of the reports), never changed. */
@ApplicationScoped
public class SnapshotRepository {

    private final EntityManager em;

    public SnapshotRepository(EntityManager em) {
        this.em = em;
    }

    public record Header(LocalDate date, OffsetDateTime takenAt, String trigger, String triggeredBy, int reportsCounted) {
    }

    public record Total(int clusterNumber, int year, String metric, BigDecimal value) {
    }

    /** Takes the snapshot of {@code date} unless one was taken already; returns whether it took it now. */
    public boolean take(LocalDate date, String trigger, String triggeredBy) {
        int claimed = em.createNativeQuery("""
                        INSERT INTO rollup_snapshot (snapshot_date, taken_at, trigger_kind, triggered_by, reports_counted)
                        VALUES (?1, now(), ?2, ?3, 0) ON CONFLICT DO NOTHING""")
                .setParameter(1, date).setParameter(2, trigger).setParameter(3, triggeredBy)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        em.createNativeQuery("""
                        WITH current_figures AS (
                            SELECT r.id, r.cluster_number, r.year, f.key, f.value, m.aggregation
                        """ + TotalsRepository.CURRENT_FIGURES + """
                            WHERE r.period_kind <> 'CAMPAIGN'
                        ), frozen AS (
                            INSERT INTO rollup_snapshot_total (snapshot_date, cluster_number, year, metric_code, value, reports_counted)
                            SELECT ?1, cluster_number, year, key,
                                   CASE WHEN aggregation = 'MAX' THEN MAX(value::numeric) ELSE SUM(value::numeric) END,
                                   count(DISTINCT id)
                            FROM current_figures GROUP BY cluster_number, year, key, aggregation
                            RETURNING 1
                        )
                        UPDATE rollup_snapshot SET reports_counted = (SELECT count(DISTINCT id) FROM current_figures)
                        WHERE snapshot_date = ?1""")
                .setParameter(1, date)
                .executeUpdate();
        return true;
    }

    public Optional<Header> header(LocalDate date) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT snapshot_date, taken_at, trigger_kind, triggered_by, reports_counted
                        FROM rollup_snapshot WHERE snapshot_date = ?1""")
                .setParameter(1, date).getResultList();
        return rows.stream().findFirst().map(SnapshotRepository::header);
    }

    public List<Header> headers() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT snapshot_date, taken_at, trigger_kind, triggered_by, reports_counted
                FROM rollup_snapshot ORDER BY snapshot_date DESC""").getResultList();
        return rows.stream().map(SnapshotRepository::header).toList();
    }

    public List<Total> totals(LocalDate date, Integer year, Integer clusterNumber) {
        StringBuilder sql = new StringBuilder("""
                SELECT cluster_number, year, metric_code, value FROM rollup_snapshot_total WHERE snapshot_date = :date""");
        if (year != null) {
            sql.append(" AND year = :year");
        }
        if (clusterNumber != null) {
            sql.append(" AND cluster_number = :cluster");
        }
        var query = em.createNativeQuery(sql + " ORDER BY year, cluster_number, metric_code").setParameter("date", date);
        if (year != null) {
            query.setParameter("year", year);
        }
        if (clusterNumber != null) {
            query.setParameter("cluster", clusterNumber);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Total(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), (String) r[2],
                TotalsRepository.plain((BigDecimal) r[3]))).toList();
    }

    private static Header header(Object[] row) {
        Object taken = row[1];
        OffsetDateTime takenAt = taken instanceof OffsetDateTime o ? o
                : taken instanceof java.time.Instant i ? i.atOffset(ZoneOffset.UTC)
                : ((java.sql.Timestamp) taken).toInstant().atOffset(ZoneOffset.UTC);
        LocalDate date = row[0] instanceof LocalDate d ? d : ((Date) row[0]).toLocalDate();
        return new Header(date, takenAt, (String) row[2], (String) row[3], ((Number) row[4]).intValue());
    }
}
