package vn.bienphong.emulation.award.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The standings-change log ({@code standings_change}): appended in the transaction that changed the
 * standings (with a NOTIFY that every instance's reader hears at commit), read by each instance's
 * stream reader on a connection of its own.
 */
@ApplicationScoped
public class StandingsChangeLog {

    /** The channel the appending transaction notifies at commit. */
    public static final String CHANNEL = "standings_change";

    private final EntityManager em;

    public StandingsChangeLog(EntityManager em) {
        this.em = em;
    }

    /** One logged change: its seq (the SSE event id), cluster, year and the standings-updated.v1 data. */
    public record Change(long seq, int clusterNumber, int year, String payload) {
    }

    /** Where the log stands for a reader: the highest seq visible, and the transactions open at that moment. */
    public record Horizon(long maxSeq, long xmin, long xmax) {
        /** True when no transaction was open when this was read, so every seq up to {@link #maxSeq} is final. */
        public boolean settled() {
            return xmin >= xmax;
        }
    }

    /**
     * Appends a change in the caller's transaction and notifies {@link #CHANNEL} (delivered at commit).
     * The transaction's id is taken before the seq, so a reader that waits for the transactions open
     * when it saw a seq never passes a lower seq that commits later.
     */
    public long append(int clusterNumber, int year, String payload) {
        Object seq = em.createNativeQuery("""
                        WITH tx AS MATERIALIZED (SELECT pg_current_xact_id()::text::bigint AS id),
                        ins AS (
                          INSERT INTO standings_change (seq, writer_xid, cluster_number, year, payload)
                          SELECT nextval('standings_change_seq'), tx.id, ?1, ?2, ?3 FROM tx
                          RETURNING seq),
                        woken AS (SELECT pg_notify('standings_change', '') AS done)
                        SELECT ins.seq FROM ins, woken""")
                .setParameter(1, clusterNumber).setParameter(2, year).setParameter(3, payload)
                .getSingleResult();
        return ((Number) seq).longValue();
    }

    /** Deletes the changes older than {@code before}; returns how many. */
    public int deleteOlderThan(OffsetDateTime before) {
        return em.createNativeQuery("DELETE FROM standings_change WHERE changed_at < ?1")
                .setParameter(1, before).executeUpdate();
    }

    /** The last seq handed out (committed or not); 0 before the first. */
    public long lastSeqHandedOut() {
        Object[] r = (Object[]) em.createNativeQuery("SELECT last_value, is_called FROM standings_change_seq").getSingleResult();
        return Boolean.TRUE.equals(r[1]) ? ((Number) r[0]).longValue() : 0;
    }

    // --- the reader's side, on its own connection (autocommit) ---

    public static void listen(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        }
    }

    public static Horizon horizon(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT coalesce((SELECT max(seq) FROM standings_change), 0),
                       pg_snapshot_xmin(snap)::text::bigint, pg_snapshot_xmax(snap)::text::bigint
                FROM pg_current_snapshot() AS snap""")) {
            rs.next();
            return new Horizon(rs.getLong(1), rs.getLong(2), rs.getLong(3));
        }
    }

    /** True when no transaction is open that was open when {@code xmax} was read (all such have ended). */
    public static boolean passed(Connection c, long xmax) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")) {
            rs.next();
            return rs.getLong(1) >= xmax;
        }
    }

    /** The changes with {@code after < seq <= upTo}, of one cluster and year when given, in seq order. */
    public static List<Change> read(Connection c, long after, long upTo, Integer clusterNumber, Integer year) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT seq, cluster_number, year, payload FROM standings_change
                WHERE seq > ? AND seq <= ? AND (?::int IS NULL OR cluster_number = ?::int) AND (?::int IS NULL OR year = ?::int)
                ORDER BY seq""")) {
            s.setLong(1, after);
            s.setLong(2, upTo);
            s.setObject(3, clusterNumber, java.sql.Types.INTEGER);
            s.setObject(4, clusterNumber, java.sql.Types.INTEGER);
            s.setObject(5, year, java.sql.Types.INTEGER);
            s.setObject(6, year, java.sql.Types.INTEGER);
            List<Change> changes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4)));
                }
            }
            return changes;
        }
    }

    /** The oldest seq still kept, or empty when the log is empty. */
    public static java.util.OptionalLong oldestKept(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT min(seq) FROM standings_change")) {
            rs.next();
            long v = rs.getLong(1);
            return rs.wasNull() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(v);
        }
    }
}
