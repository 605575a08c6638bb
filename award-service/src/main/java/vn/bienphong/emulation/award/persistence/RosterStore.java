package vn.bienphong.emulation.award.persistence;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The roster read model: the member units of each cluster and year, as cluster-service last announced them. */
@ApplicationScoped
public class RosterStore {

    private final EntityManager em;

    public RosterStore(EntityManager em) {
        this.em = em;
    }

    public record Member(String unitCode, String unitName) {
    }

    public void replace(int clusterNumber, int year, String clusterName, List<Member> members) {
        em.createNativeQuery("DELETE FROM roster_member WHERE cluster_number = ?1 AND year = ?2")
                .setParameter(1, clusterNumber).setParameter(2, year).executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO roster (cluster_number, year, cluster_name, updated_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (cluster_number, year) DO UPDATE SET cluster_name = EXCLUDED.cluster_name,
                          updated_at = EXCLUDED.updated_at""")
                .setParameter(1, clusterNumber).setParameter(2, year).setParameter(3, clusterName)
                .setParameter(4, OffsetDateTime.now()).executeUpdate();
        for (int i = 0; i < members.size(); i++) {
            em.createNativeQuery("""
                            INSERT INTO roster_member (cluster_number, year, unit_code, unit_name, position) VALUES (?1, ?2, ?3, ?4, ?5)
                            ON CONFLICT DO NOTHING""")
                    .setParameter(1, clusterNumber).setParameter(2, year).setParameter(3, members.get(i).unitCode())
                    .setParameter(4, members.get(i).unitName()).setParameter(5, i).executeUpdate();
        }
    }

    /**
     * Records who holds the chair of a cluster for a year ({@code unitCode} null: nobody), as the
     * event {@code eventType} said; the latest event of the cluster wins (its events come in order).
     */
    public void setChair(int clusterNumber, int year, String unitCode, String eventType, java.util.UUID eventId) {
        em.createNativeQuery("""
                        INSERT INTO cluster_chair (cluster_number, year, unit_code, learnt_from, event_id, updated_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                        ON CONFLICT (cluster_number, year) DO UPDATE SET unit_code = EXCLUDED.unit_code,
                          learnt_from = EXCLUDED.learnt_from, event_id = EXCLUDED.event_id, updated_at = EXCLUDED.updated_at""")
                .setParameter(1, clusterNumber).setParameter(2, year).setParameter(3, unitCode).setParameter(4, eventType)
                .setParameter(5, eventId).setParameter(6, OffsetDateTime.now()).executeUpdate();
    }

    /** The unit holding the chair of a cluster for a year, as cluster-service last said. */
    public Optional<String> chairOf(int clusterNumber, int year) {
        List<?> rows = em.createNativeQuery("SELECT unit_code FROM cluster_chair WHERE cluster_number = ?1 AND year = ?2")
                .setParameter(1, clusterNumber).setParameter(2, year).getResultList();
        return rows.stream().filter(java.util.Objects::nonNull).map(o -> (String) o).findFirst();
    }

    /** unit code → unit name, in the cluster's order; empty when cluster-service announced no roster. */
    public Map<String, String> membersOf(int clusterNumber, int year) {
        List<?> rows = em.createNativeQuery("""
                        SELECT unit_code, unit_name FROM roster_member WHERE cluster_number = ?1 AND year = ?2 ORDER BY position""")
                .setParameter(1, clusterNumber).setParameter(2, year).getResultList();
        Map<String, String> members = new LinkedHashMap<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            members.put((String) r[0], (String) r[1]);
        }
        return members;
    }

    public Optional<String> clusterName(int clusterNumber, int year) {
        List<?> rows = em.createNativeQuery("SELECT cluster_name FROM roster WHERE cluster_number = ?1 AND year = ?2")
                .setParameter(1, clusterNumber).setParameter(2, year).getResultList();
        return rows.stream().map(o -> (String) o).findFirst();
    }

    /** The cluster a unit belongs to in a year, if the roster knows it. */
    public Optional<Integer> clusterOf(String unitCode, int year) {
        List<?> rows = em.createNativeQuery("""
                        SELECT cluster_number FROM roster_member WHERE unit_code = ?1 AND year = ?2 ORDER BY cluster_number""")
                .setParameter(1, unitCode).setParameter(2, year).getResultList();
        return rows.stream().map(o -> ((Number) o).intValue()).findFirst();
    }
}
