package vn.bienphong.emulation.award.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The standings rebuild's own tables: schema {@code rebuild} holds a table of the same name and
 * shape for each live table the report applier writes ({@link #REBUILT}) and for
 * {@code processed_event}. While the rebuild replays, its transactions put {@code rebuild} first on
 * the search path, so the applier's unqualified SQL writes there; at the end one transaction copies
 * them over the live tables. All methods run in the caller's transaction.
 * A new table that the report applier writes must be added to {@link #REBUILT}.
 */
@ApplicationScoped
public class RebuildTables {

    /** The live tables a rebuild replaces whole (besides the standings consumer's rows of {@code processed_event}). */
    public static final List<String> REBUILT = List.of("report_version", "unit_total");
    private static final String PROCESSED = "processed_event";

    private final EntityManager em;
    private volatile String live;
    private volatile String searchPath;

    public RebuildTables(EntityManager em) {
        this.em = em;
    }

    private String live() {
        if (live == null) {
            Object[] row = (Object[]) em.createNativeQuery("SELECT current_schema(), current_setting('search_path')").getSingleResult();
            searchPath = (String) row[1];
            live = (String) row[0];
        }
        return live;
    }

    private String liveTable(String table) {
        return quote(live()) + "." + table;
    }

    /** Makes the rebuild's tables afresh, empty, in the shape the live tables have now. */
    public void recreate() {
        for (String table : tables()) {
            em.createNativeQuery("DROP TABLE IF EXISTS rebuild." + table).executeUpdate();
            em.createNativeQuery("CREATE UNLOGGED TABLE rebuild." + table + " (LIKE " + liveTable(table) + " INCLUDING ALL)")
                    .executeUpdate();
        }
    }

    /** Until the transaction ends (or {@link #useLiveTables()}), unqualified table names find the rebuild's tables first. */
    public void useRebuildTables() {
        live();
        em.createNativeQuery("SELECT set_config('search_path', ?1, true)").setParameter(1, "rebuild, " + quote(live())).getSingleResult();
    }

    public void useLiveTables() {
        live();
        em.createNativeQuery("SELECT set_config('search_path', ?1, true)").setParameter(1, searchPath).getSingleResult();
    }

    /**
     * Locks the live tables against writers (the live consumer waits; readers go on reading the old
     * standings) until the transaction ends; fails after {@code lockTimeout} rather than wait for ever.
     */
    public void lockLive(Duration lockTimeout) {
        em.createNativeQuery("SELECT set_config('lock_timeout', ?1, true)")
                .setParameter(1, Math.max(1, lockTimeout.toMillis()) + "ms").getSingleResult();
        List<String> names = new ArrayList<>();
        for (String table : tables()) {
            names.add(liveTable(table));
        }
        em.createNativeQuery("LOCK TABLE " + String.join(", ", names) + " IN EXCLUSIVE MODE").executeUpdate();
    }

    /** Replaces the live tables' rows with the rebuild's, and the consumer's applied events with those the rebuild applied. */
    public void copyOver(String consumer) {
        for (String table : REBUILT) {
            em.createNativeQuery("DELETE FROM " + liveTable(table)).executeUpdate();
            em.createNativeQuery("INSERT INTO " + liveTable(table) + " SELECT * FROM rebuild." + table).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM " + liveTable(PROCESSED) + " WHERE consumer = ?1").setParameter(1, consumer).executeUpdate();
        em.createNativeQuery("INSERT INTO " + liveTable(PROCESSED) + " SELECT * FROM rebuild." + PROCESSED + " WHERE consumer = ?1")
                .setParameter(1, consumer).executeUpdate();
    }

    /** Frees the space of the rebuild's tables once it is over. */
    public void empty() {
        for (String table : tables()) {
            em.createNativeQuery("DROP TABLE IF EXISTS rebuild." + table).executeUpdate();
        }
    }

    /**
     * Every cluster and year that has standings to show: a roster, totals, adjustments, or standings
     * already (live tables).
     */
    public List<int[]> clusterYears() {
        List<int[]> found = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                SELECT cluster_number, year FROM roster
                UNION SELECT cluster_number, year FROM unit_total
                UNION SELECT cluster_number, year FROM score_adjustment
                UNION SELECT cluster_number, year FROM standings_state
                UNION SELECT cluster_number, year FROM campaign_scheme
                ORDER BY 1, 2""").getResultList()) {
            Object[] r = (Object[]) row;
            found.add(new int[] {((Number) r[0]).intValue(), ((Number) r[1]).intValue()});
        }
        return found;
    }

    /** {@code processed_event} first: the live consumer takes it first too, so the swap's lock never waits in a cycle with it. */
    private static List<String> tables() {
        List<String> all = new ArrayList<>();
        all.add(PROCESSED);
        all.addAll(REBUILT);
        return all;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
