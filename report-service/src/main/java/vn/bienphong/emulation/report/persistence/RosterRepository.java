package vn.bienphong.emulation.report.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import vn.bienphong.emulation.common.events.contract.MembershipChanged;
import vn.bienphong.emulation.report.domain.Roster;

/**
 * The roster tables: the membership of each cluster-year, replaced whole by each membership event.
 * Read straight from the database on every use (one indexed statement for a report or a whole
 * batch), never held in memory: what one instance of the service has applied, every instance sees
 * as soon as it is committed.
 */
@ApplicationScoped
public class RosterRepository {

    // every year of the units asked (a unit has one row a year): the years asked make the roster, the latest name wins
    private static final String MEMBERSHIPS_OF_UNITS = """
            SELECT unit_code, year, cluster_number, unit_name FROM roster_member
            WHERE unit_code = ANY(CAST(? AS text[])) ORDER BY year""";

    private final EntityManager em;

    public RosterRepository(EntityManager em) {
        this.em = em;
    }

    /** The roster of some units' years, and their names as the latest membership events gave them. */
    public record Lookup(Roster roster, Map<String, String> unitNames) {
        public String unitName(String unitCode) {
            return unitNames.get(unitCode);
        }
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
        for (MembershipChanged.Member member : membership.members()) {
            em.createNativeQuery("""
                            INSERT INTO roster_member (cluster_number, year, unit_code, unit_name) VALUES (?1, ?2, ?3, ?4)
                            ON CONFLICT DO NOTHING""")
                    .setParameter(1, membership.clusterNumber()).setParameter(2, membership.year())
                    .setParameter(3, member.unitCode()).setParameter(4, member.unitName())
                    .executeUpdate();
        }
    }

    /**
     * Who of {@code unitCodes} is in which cluster in the {@code years} asked, and the units' names:
     * one statement, plain JDBC on the transaction's connection (it runs for every report submitted).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Lookup lookup(Collection<String> unitCodes, Collection<Integer> years) {
        Set<Integer> asked = new HashSet<>(years);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Map<Integer, Map<String, Set<Integer>>> byYear = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(MEMBERSHIPS_OF_UNITS)) {
                select.setArray(1, connection.createArrayOf("text", unitCodes.stream().distinct().toArray(String[]::new)));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String unit = rows.getString(1);
                        int year = rows.getInt(2);
                        if (asked.contains(year)) {
                            byYear.computeIfAbsent(year, y -> new HashMap<>()).computeIfAbsent(unit, u -> new HashSet<>())
                                    .add(rows.getInt(3));
                        }
                        String name = rows.getString(4);
                        if (name != null) {
                            names.put(unit, name);
                        }
                    }
                }
            }
            return new Lookup(new Roster(byYear), names);
        });
    }

    /** unit code → name as the latest membership events gave it, for the units asked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> unitNames(Collection<String> unitCodes) {
        return unitCodes.isEmpty() ? Map.of() : lookup(unitCodes, List.of()).unitNames();
    }

    /** The name of one unit, or null when no membership event named it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String unitName(String unitCode) {
        return unitNames(List.of(unitCode)).get(unitCode);
    }
}
