package vn.bienphong.emulation.award.persistence;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** What the eligibility rules are checked against, read from the service's own tables. */
@ApplicationScoped
public class EligibilityFacts {

    private final EntityManager em;

    public EligibilityFacts(EntityManager em) {
        this.em = em;
    }

    /** The award codes a unit (collective) or a person of it (individual) received, by year, up to a year. */
    @SuppressWarnings("unchecked")
    public Map<Integer, Set<String>> awardsByYear(String unitCode, String personName, int upToYear) {
        List<Object[]> rows = personName == null
                ? em.createNativeQuery("""
                        SELECT year, award_code FROM commendation WHERE unit_code = ?1 AND recipient_kind = 'COLLECTIVE'
                        AND award_code IS NOT NULL AND year <= ?2""")
                .setParameter(1, unitCode).setParameter(2, upToYear).getResultList()
                : em.createNativeQuery("""
                        SELECT year, award_code FROM commendation WHERE unit_code = ?1 AND recipient_kind = 'INDIVIDUAL'
                        AND lower(person_name) = lower(?3) AND award_code IS NOT NULL AND year <= ?2""")
                .setParameter(1, unitCode).setParameter(2, upToYear).setParameter(3, personName.strip()).getResultList();
        Map<Integer, Set<String>> byYear = new HashMap<>();
        for (Object[] r : rows) {
            byYear.computeIfAbsent(((Number) r[0]).intValue(), y -> new HashSet<>()).add((String) r[1]);
        }
        return byYear;
    }

    public record Place(int rank, BigDecimal score) {
    }

    @SuppressWarnings("unchecked")
    public Optional<Place> standing(int cluster, int year, String unitCode) {
        List<Object[]> rows = em.createNativeQuery("SELECT rank, score FROM standing WHERE cluster_number = ?1 AND year = ?2 AND unit_code = ?3")
                .setParameter(1, cluster).setParameter(2, year).setParameter(3, unitCode).getResultList();
        return rows.stream().findFirst().map(r -> new Place(((Number) r[0]).intValue(), (BigDecimal) r[1]));
    }

    /** The award names the cluster's closed ballots proposed the unit for in the year (not rejected since). */
    @SuppressWarnings("unchecked")
    public Set<String> proposedAwardNames(int cluster, int year, String unitCode) {
        return new HashSet<>(em.createNativeQuery("""
                        SELECT award FROM nomination WHERE cluster_number = ?1 AND year = ?2 AND unit_code = ?3 AND status <> 'REJECTED'""")
                .setParameter(1, cluster).setParameter(2, year).setParameter(3, unitCode).getResultList());
    }

    public BigDecimal penaltyPoints(int cluster, int year, String unitCode) {
        Object sum = em.createNativeQuery("""
                        SELECT COALESCE(SUM(ABS(points)), 0) FROM score_adjustment
                        WHERE cluster_number = ?1 AND year = ?2 AND unit_code = ?3 AND kind = 'PENALTY'""")
                .setParameter(1, cluster).setParameter(2, year).setParameter(3, unitCode).getSingleResult();
        return (BigDecimal) sum;
    }
}
