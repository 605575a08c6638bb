package vn.bienphong.emulation.report.persistence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.common.events.contract.MembershipChanged;
import vn.bienphong.emulation.report.domain.Roster;

/** The roster tables: the membership of each cluster-year, replaced whole by each membership event. */
@ApplicationScoped
public class RosterRepository {

    private final EntityManager em;

    public RosterRepository(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(MembershipChanged membership) {
        em.createNativeQuery("DELETE FROM roster_member WHERE cluster_number = ?1 AND year = ?2")
                .setParameter(1, membership.clusterNumber()).setParameter(2, membership.year())
                .executeUpdate();
        em.createNativeQuery("""
                        INSERT INTO roster_cluster (cluster_number, year, cluster_name, updated_at) VALUES (?1, ?2, ?3, now())
                        ON CONFLICT (cluster_number, year) DO UPDATE SET cluster_name = EXCLUDED.cluster_name, updated_at = now()""")
                .setParameter(1, membership.clusterNumber()).setParameter(2, membership.year())
                .setParameter(3, membership.clusterName())
                .executeUpdate();
        List<MembershipChanged.Member> members = membership.members() == null ? List.of() : membership.members();
        for (MembershipChanged.Member member : members) {
            em.createNativeQuery("""
                            INSERT INTO roster_member (cluster_number, year, unit_code, unit_name) VALUES (?1, ?2, ?3, ?4)
                            ON CONFLICT DO NOTHING""")
                    .setParameter(1, membership.clusterNumber()).setParameter(2, membership.year())
                    .setParameter(3, member.unitCode()).setParameter(4, member.unitName())
                    .executeUpdate();
        }
    }

    @Transactional
    public Roster load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT year, unit_code, cluster_number FROM roster_member").getResultList();
        Map<Integer, Map<String, Set<Integer>>> byYear = new HashMap<>();
        for (Object[] row : rows) {
            byYear.computeIfAbsent(((Number) row[0]).intValue(), y -> new HashMap<>())
                    .computeIfAbsent((String) row[1], u -> new HashSet<>())
                    .add(((Number) row[2]).intValue());
        }
        return new Roster(byYear);
    }

    /** unit code → name as the latest membership events gave it. */
    @Transactional
    public Map<String, String> unitNames() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT unit_code, unit_name FROM roster_member WHERE unit_name IS NOT NULL ORDER BY year").getResultList();
        Map<String, String> names = new HashMap<>();
        for (Object[] row : rows) {
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }
}
