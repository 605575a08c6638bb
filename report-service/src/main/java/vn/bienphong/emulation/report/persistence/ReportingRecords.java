package vn.bienphong.emulation.report.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.bienphong.emulation.report.domain.PeriodKind;
import vn.bienphong.emulation.report.domain.ReportPeriod;

/**
 * What the reporting status reads: the members of a cluster-year as the roster holds them, and the
 * reports of those units in that year.
 */
@ApplicationScoped
public class ReportingRecords {

    private final EntityManager em;

    public ReportingRecords(EntityManager em) {
        this.em = em;
    }

    public record Member(String unitCode, String unitName) {
    }

    public record ClusterYear(int clusterNumber, int year, String clusterName, List<Member> members) {
    }

    /** A report of a unit, whatever cluster it was filed for. */
    public record UnitReport(UUID reportId, String unitCode, int clusterNumber, ReportPeriod period) {
    }

    /** The cluster-year's members, ordered by unit code; empty when no membership event named the cluster-year. */
    public Optional<ClusterYear> clusterYear(int clusterNumber, int year) {
        List<?> cluster = em.createNativeQuery("SELECT cluster_name FROM roster_cluster WHERE cluster_number = ?1 AND year = ?2")
                .setParameter(1, clusterNumber).setParameter(2, year).getResultList();
        if (cluster.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT unit_code, unit_name FROM roster_member WHERE cluster_number = ?1 AND year = ?2 ORDER BY unit_code""")
                .setParameter(1, clusterNumber).setParameter(2, year).getResultList();
        List<Member> members = rows.stream().map(row -> new Member((String) row[0], (String) row[1])).toList();
        return Optional.of(new ClusterYear(clusterNumber, year, (String) cluster.get(0), members));
    }

    /** Every report of the cluster-year's members in that year, for whichever cluster each was filed. */
    public List<UnitReport> reportsOfMembers(int clusterNumber, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT r.id, r.unit_code, r.cluster_number, r.period_kind, r.period_label, r.period_from, r.period_to
                        FROM report r
                        WHERE r.year = ?2
                          AND r.unit_code IN (SELECT m.unit_code FROM roster_member m WHERE m.cluster_number = ?1 AND m.year = ?2)
                        ORDER BY r.unit_code, r.period_from, r.period_label""")
                .setParameter(1, clusterNumber).setParameter(2, year).getResultList();
        List<UnitReport> reports = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            reports.add(new UnitReport((UUID) row[0], (String) row[1], ((Number) row[2]).intValue(), period(row, 3)));
        }
        return reports;
    }

    static ReportPeriod period(Object[] row, int first) {
        return new ReportPeriod(PeriodKind.valueOf((String) row[first]), (String) row[first + 1], date(row[first + 2]),
                date(row[first + 3]));
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
