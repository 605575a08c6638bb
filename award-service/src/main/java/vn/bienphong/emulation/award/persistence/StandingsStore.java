package vn.bienphong.emulation.award.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The standings' tables in plain SQL (the hot path of every report event): the latest version
 * of each report, the running totals per unit and metric, the standings rows of a cluster and year.
 * All methods run in the caller's transaction.
 */
@ApplicationScoped
public class StandingsStore {

    private final EntityManager em;

    public StandingsStore(EntityManager em) {
        this.em = em;
    }

    /** The version of a report held; {@code campaign} is the standing it counts toward ("" for its year's). */
    public record StoredReport(UUID reportId, int clusterNumber, int year, String unitCode, int version,
                               String periodKind, String periodLabel, String campaign, String figures) {
    }

    public record StandingRow(String unitCode, int rank, BigDecimal score, BigDecimal bonusPoints, BigDecimal penaltyPoints,
                              String decidedBy, String breakdown) {
    }

    public record StandingsHeader(int clusterNumber, int year, long revision, String cause, OffsetDateTime calculatedAt) {
    }

    public Optional<StoredReport> findReport(UUID reportId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT report_id, cluster_number, year, unit_code, version, period_kind, period_label, campaign, figures
                        FROM report_version WHERE report_id = ?1 FOR UPDATE""")
                .setParameter(1, reportId).getResultList();
        return rows.stream().map(r -> toReport((Object[]) r)).findFirst();
    }

    /** The stored versions of the reports named, locked for this transaction. */
    public Map<UUID, StoredReport> findReports(java.util.Collection<UUID> reportIds) {
        Map<UUID, StoredReport> found = new HashMap<>();
        if (reportIds.isEmpty()) {
            return found;
        }
        List<UUID> ids = new ArrayList<>(reportIds);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ", ?").append(i + 1);
        }
        Query q = em.createNativeQuery("SELECT report_id, cluster_number, year, unit_code, version, period_kind, period_label, campaign, figures "
                + "FROM report_version WHERE report_id IN (" + in + ") FOR UPDATE");
        for (int i = 0; i < ids.size(); i++) {
            q.setParameter(i + 1, ids.get(i));
        }
        for (Object row : q.getResultList()) {
            StoredReport r = toReport((Object[]) row);
            found.put(r.reportId(), r);
        }
        return found;
    }

    /** The reports that count toward a standing of a cluster and year: the year's ({@code campaign} "") or a campaign's. */
    public List<StoredReport> reportsOf(int clusterNumber, int year, String campaign) {
        List<?> rows = em.createNativeQuery("""
                        SELECT report_id, cluster_number, year, unit_code, version, period_kind, period_label, campaign, figures
                        FROM report_version WHERE cluster_number = ?1 AND year = ?2 AND campaign = ?3 ORDER BY period_label, report_id""")
                .setParameter(1, clusterNumber).setParameter(2, year).setParameter(3, campaign).getResultList();
        return rows.stream().map(r -> toReport((Object[]) r)).toList();
    }

    private static StoredReport toReport(Object[] r) {
        return new StoredReport((UUID) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), (String) r[3],
                ((Number) r[4]).intValue(), (String) r[5], (String) r[6], (String) r[7], (String) r[8]);
    }

    public void saveReport(StoredReport report, UUID eventId, OffsetDateTime filedAt) {
        em.createNativeQuery("""
                        INSERT INTO report_version (report_id, cluster_number, year, unit_code, version, period_label, figures, event_id, filed_at,
                          period_kind, campaign)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                        ON CONFLICT (report_id) DO UPDATE SET cluster_number = EXCLUDED.cluster_number, year = EXCLUDED.year,
                          unit_code = EXCLUDED.unit_code, version = EXCLUDED.version, period_label = EXCLUDED.period_label,
                          figures = EXCLUDED.figures, event_id = EXCLUDED.event_id, filed_at = EXCLUDED.filed_at,
                          period_kind = EXCLUDED.period_kind, campaign = EXCLUDED.campaign""")
                .setParameter(1, report.reportId()).setParameter(2, report.clusterNumber()).setParameter(3, report.year())
                .setParameter(4, report.unitCode()).setParameter(5, report.version()).setParameter(6, report.periodLabel())
                .setParameter(7, report.figures()).setParameter(8, eventId).setParameter(9, filedAt)
                .setParameter(10, report.periodKind()).setParameter(11, report.campaign())
                .executeUpdate();
    }

    /** Adds {@code delta} to the unit's totals for a standing ({@code campaign} "" for the year's), metric by metric, in one statement. */
    public void addToTotals(int clusterNumber, int year, String campaign, String unitCode, Map<String, BigDecimal> delta) {
        if (delta.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO unit_total (cluster_number, year, campaign, unit_code, metric_code, value) VALUES ");
        List<Map.Entry<String, BigDecimal>> entries = new ArrayList<>(delta.entrySet());
        for (int i = 0; i < entries.size(); i++) {
            int p = 5 + 2 * i;
            sql.append(i == 0 ? "" : ", ").append("(?1, ?2, ?3, ?4, ?").append(p).append(", CAST(?").append(p + 1).append(" AS NUMERIC))");
        }
        sql.append(" ON CONFLICT (cluster_number, year, campaign, unit_code, metric_code) DO UPDATE SET value = unit_total.value + EXCLUDED.value");
        Query q = em.createNativeQuery(sql.toString())
                .setParameter(1, clusterNumber).setParameter(2, year).setParameter(3, campaign).setParameter(4, unitCode);
        for (int i = 0; i < entries.size(); i++) {
            q.setParameter(5 + 2 * i, entries.get(i).getKey());
            q.setParameter(6 + 2 * i, entries.get(i).getValue());
        }
        q.executeUpdate();
    }

    /** unit → metric → total, for one standing of a cluster and year: the year's ({@code campaign} "") or a campaign's. */
    public Map<String, Map<String, BigDecimal>> totalsOf(int clusterNumber, int year, String campaign) {
        List<?> rows = em.createNativeQuery("""
                        SELECT unit_code, metric_code, value FROM unit_total WHERE cluster_number = ?1 AND year = ?2 AND campaign = ?3""")
                .setParameter(1, clusterNumber).setParameter(2, year).setParameter(3, campaign).getResultList();
        Map<String, Map<String, BigDecimal>> totals = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            totals.computeIfAbsent((String) r[0], u -> new HashMap<>()).put((String) r[1], (BigDecimal) r[2]);
        }
        return totals;
    }

    /**
     * Takes the cluster-year's lock until the transaction ends, so that two transactions that
     * rescore the same cluster (a report batch, a roster change, a scheme change) run one after
     * the other and the later one reads what the earlier one committed.
     */
    public void lockCluster(int clusterNumber, int year) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, clusterNumber).setParameter(2, year).getSingleResult();
    }

    /**
     * The tables of a standing: the year's ({@code standing}, {@code standings_state}) or a campaign's
     * ({@code campaign_standing}, {@code campaign_standings_state}, with the campaign's code in a column).
     * Kept apart so that every reader of the year's standings reads the year's only.
     */
    private record Tables(String rows, String state, String key, String keyParams) {

        static Tables of(String campaign) {
            return campaign == null || campaign.isEmpty()
                    ? new Tables("standing", "standings_state", "cluster_number, year", "?1, ?2")
                    : new Tables("campaign_standing", "campaign_standings_state", "cluster_number, year, campaign", "?1, ?2, ?3");
        }

        boolean campaign() {
            return rows.startsWith("campaign");
        }

        String where() {
            return campaign() ? "cluster_number = ?1 AND year = ?2 AND campaign = ?3" : "cluster_number = ?1 AND year = ?2";
        }

        int firstFree() {
            return campaign() ? 4 : 3;
        }

        Query bind(Query q, int clusterNumber, int year, String campaign) {
            q.setParameter(1, clusterNumber).setParameter(2, year);
            return campaign() ? q.setParameter(3, campaign) : q;
        }
    }

    /** Replaces the year's standings rows of the cluster and moves its revision on; returns the new revision. */
    public long replaceStandings(int clusterNumber, int year, List<StandingRow> rows, String cause, OffsetDateTime at) {
        return replaceStandings(clusterNumber, year, "", rows, cause, at);
    }

    /** Replaces the rows of a standing (the year's for {@code campaign} "", else the campaign's) and moves its revision on. */
    public long replaceStandings(int clusterNumber, int year, String campaign, List<StandingRow> rows, String cause, OffsetDateTime at) {
        Tables t = Tables.of(campaign);
        t.bind(em.createNativeQuery("DELETE FROM " + t.rows() + " WHERE " + t.where()), clusterNumber, year, campaign).executeUpdate();
        if (!rows.isEmpty()) {
            int first = t.firstFree();
            StringBuilder sql = new StringBuilder("INSERT INTO " + t.rows() + " (" + t.key()
                    + ", unit_code, rank, score, bonus_points, penalty_points, decided_by, breakdown) VALUES ");
            for (int i = 0; i < rows.size(); i++) {
                int p = first + 7 * i;
                sql.append(i == 0 ? "" : ", ").append('(').append(t.keyParams());
                for (int k = 0; k < 7; k++) {
                    sql.append(", ?").append(p + k);
                }
                sql.append(')');
            }
            Query q = t.bind(em.createNativeQuery(sql.toString()), clusterNumber, year, campaign);
            for (int i = 0; i < rows.size(); i++) {
                StandingRow r = rows.get(i);
                int p = first + 7 * i;
                q.setParameter(p, r.unitCode()).setParameter(p + 1, r.rank()).setParameter(p + 2, r.score())
                        .setParameter(p + 3, r.bonusPoints()).setParameter(p + 4, r.penaltyPoints())
                        .setParameter(p + 5, r.decidedBy()).setParameter(p + 6, r.breakdown());
            }
            q.executeUpdate();
        }
        int first = t.firstFree();
        Object revision = t.bind(em.createNativeQuery("INSERT INTO " + t.state() + " (" + t.key()
                                + ", revision, cause, calculated_at) VALUES (" + t.keyParams() + ", 1, ?" + first + ", ?" + (first + 1) + ")"
                                + " ON CONFLICT (" + t.key() + ") DO UPDATE SET revision = " + t.state() + ".revision + 1,"
                                + " cause = EXCLUDED.cause, calculated_at = EXCLUDED.calculated_at RETURNING revision"),
                        clusterNumber, year, campaign)
                .setParameter(first, cause).setParameter(first + 1, at)
                .getSingleResult();
        return ((Number) revision).longValue();
    }

    /** The year's standings rows of a cluster. */
    public List<StandingRow> standingsOf(int clusterNumber, int year) {
        return standingsOf(clusterNumber, year, "");
    }

    /** The rows of a standing: the year's ({@code campaign} "") or a campaign's, by rank. */
    public List<StandingRow> standingsOf(int clusterNumber, int year, String campaign) {
        Tables t = Tables.of(campaign);
        List<?> rows = t.bind(em.createNativeQuery("SELECT unit_code, rank, score, bonus_points, penalty_points, decided_by, breakdown"
                + " FROM " + t.rows() + " WHERE " + t.where() + " ORDER BY rank, unit_code"), clusterNumber, year, campaign).getResultList();
        return rows.stream().map(o -> {
            Object[] r = (Object[]) o;
            return new StandingRow((String) r[0], ((Number) r[1]).intValue(), (BigDecimal) r[2], (BigDecimal) r[3],
                    (BigDecimal) r[4], (String) r[5], (String) r[6]);
        }).toList();
    }

    public Optional<StandingsHeader> headerOf(int clusterNumber, int year) {
        return headerOf(clusterNumber, year, "");
    }

    /** The revision, cause and time of a standing: the year's ({@code campaign} "") or a campaign's; empty when never scored. */
    public Optional<StandingsHeader> headerOf(int clusterNumber, int year, String campaign) {
        Tables t = Tables.of(campaign);
        List<?> rows = t.bind(em.createNativeQuery("SELECT revision, cause, calculated_at FROM " + t.state() + " WHERE " + t.where()),
                clusterNumber, year, campaign).getResultList();
        return rows.stream().map(o -> {
            Object[] r = (Object[]) o;
            return new StandingsHeader(clusterNumber, year, ((Number) r[0]).longValue(), (String) r[1], toOffset(r[2]));
        }).findFirst();
    }

    /** A unit's place in every year it was ranked: (cluster, year, rank, score, units ranked). */
    public List<Object[]> historyOf(String unitCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT s.cluster_number, s.year, s.rank, s.score,
                          (SELECT count(*) FROM standing o WHERE o.cluster_number = s.cluster_number AND o.year = s.year)
                        FROM standing s WHERE s.unit_code = ?1 ORDER BY s.year""")
                .setParameter(1, unitCode).getResultList();
        return rows;
    }

    static OffsetDateTime toOffset(Object value) {
        return vn.bienphong.emulation.common.sql.SqlValues.toOffset(value);
    }
}
