package vn.bienphong.emulation.award.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The rows the spreadsheet exports list, read in one statement each. */
@ApplicationScoped
public class SpreadsheetQueries {

    private final EntityManager em;

    public SpreadsheetQueries(EntityManager em) {
        this.em = em;
    }

    /** rank, unit code, unit name, score, bonus points, penalty points. */
    @SuppressWarnings("unchecked")
    public List<Object[]> standings(int cluster, int year) {
        return em.createNativeQuery("""
                        SELECT s.rank, s.unit_code, m.unit_name, s.score, s.bonus_points, s.penalty_points FROM standing s
                        LEFT JOIN roster_member m ON m.cluster_number = s.cluster_number AND m.year = s.year AND m.unit_code = s.unit_code
                        WHERE s.cluster_number = ?1 AND s.year = ?2 ORDER BY s.rank, s.unit_code""")
                .setParameter(1, cluster).setParameter(2, year).getResultList();
    }

    /** unit code, metric code, total. */
    @SuppressWarnings("unchecked")
    public List<Object[]> totals(int cluster, int year) {
        return em.createNativeQuery("""
                        SELECT unit_code, metric_code, value FROM unit_total WHERE cluster_number = ?1 AND year = ?2
                        ORDER BY unit_code, metric_code""")
                .setParameter(1, cluster).setParameter(2, year).getResultList();
    }

    /** cluster, year, recipient kind, unit, person, quantity, award, award code, occasion, decision number, decision date. */
    @SuppressWarnings("unchecked")
    public List<Object[]> commendations(Integer cluster, Integer year) {
        return em.createNativeQuery("""
                        SELECT cluster_number, year, recipient_kind, unit_code, person_name, quantity, award, award_code, occasion,
                               decision_number, decision_date FROM commendation
                        WHERE (CAST(?1 AS integer) IS NULL OR cluster_number = ?1) AND (CAST(?2 AS integer) IS NULL OR year = ?2)
                        ORDER BY year, cluster_number, recorded_at, id""")
                .setParameter(1, cluster).setParameter(2, year).getResultList();
    }
}
