package vn.bienphong.emulation.award.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The rows of {@code standings_rebuild}. The running job writes its own row through the session
 * that holds the rebuild lock (autocommit, so that progress shows while it runs); reads go through
 * the caller's transaction.
 */
@ApplicationScoped
public class RebuildJobStore {

    private static final String COLUMNS = """
            id, state, requested_by, requested_at, started_at, finished_at, events_read, events_applied, events_skipped,
            events_unprocessable, clusters_rebuilt, error""";

    public record Row(UUID id, String state, String requestedBy, OffsetDateTime requestedAt, OffsetDateTime startedAt,
                      OffsetDateTime finishedAt, long eventsRead, long eventsApplied, long eventsSkipped,
                      long eventsUnprocessable, int clustersRebuilt, String error) {
    }

    private final EntityManager em;

    public RebuildJobStore(EntityManager em) {
        this.em = em;
    }

    /** Marks as failed a job left running by an instance that stopped (its lock is free, so nobody runs it), then adds the new one. */
    public void start(Connection lockSession, UUID id, String requestedBy, String instance) throws SQLException {
        try (PreparedStatement stale = lockSession.prepareStatement("""
                UPDATE standings_rebuild SET state = 'FAILED', finished_at = now(), updated_at = now(),
                  error = 'the instance running it stopped before it finished; nothing of it was applied'
                WHERE state = 'RUNNING'""")) {
            stale.executeUpdate();
        }
        try (PreparedStatement insert = lockSession.prepareStatement("""
                INSERT INTO standings_rebuild (id, state, requested_by, requested_at, started_at, instance, updated_at)
                VALUES (?, 'RUNNING', ?, now(), now(), ?, now())""")) {
            insert.setObject(1, id);
            insert.setString(2, requestedBy);
            insert.setString(3, instance);
            insert.executeUpdate();
        }
    }

    public void progress(Connection lockSession, UUID id, long read, long applied, long skipped, long unprocessable) throws SQLException {
        try (PreparedStatement update = lockSession.prepareStatement("""
                UPDATE standings_rebuild SET events_read = ?, events_applied = ?, events_skipped = ?, events_unprocessable = ?,
                  updated_at = now() WHERE id = ?""")) {
            update.setLong(1, read);
            update.setLong(2, applied);
            update.setLong(3, skipped);
            update.setLong(4, unprocessable);
            update.setObject(5, id);
            update.executeUpdate();
        }
    }

    public void finish(Connection lockSession, UUID id, boolean succeeded, int clustersRebuilt, String error) throws SQLException {
        try (PreparedStatement update = lockSession.prepareStatement("""
                UPDATE standings_rebuild SET state = ?, clusters_rebuilt = ?, error = ?, finished_at = now(), updated_at = now()
                WHERE id = ?""")) {
            update.setString(1, succeeded ? "SUCCEEDED" : "FAILED");
            update.setInt(2, clustersRebuilt);
            update.setString(3, error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error);
            update.setObject(4, id);
            update.executeUpdate();
        }
    }

    /** The job that runs now, if any (read on the session given, outside any transaction). */
    public Optional<UUID> running(Connection session) throws SQLException {
        try (PreparedStatement q = session.prepareStatement("SELECT id FROM standings_rebuild WHERE state = 'RUNNING'");
             ResultSet rs = q.executeQuery()) {
            return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
        }
    }

    public Optional<Row> find(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM standings_rebuild WHERE id = ?1").setParameter(1, id).getResultList();
        return rows.stream().map(r -> toRow((Object[]) r)).findFirst();
    }

    public List<Row> latest(int offset, int limit) {
        List<Row> found = new ArrayList<>();
        for (Object r : em.createNativeQuery("SELECT " + COLUMNS + " FROM standings_rebuild ORDER BY requested_at DESC, id LIMIT ?1 OFFSET ?2")
                .setParameter(1, limit).setParameter(2, offset).getResultList()) {
            found.add(toRow((Object[]) r));
        }
        return found;
    }

    public long count() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM standings_rebuild").getSingleResult()).longValue();
    }

    private static Row toRow(Object[] r) {
        return new Row((UUID) r[0], (String) r[1], (String) r[2], StandingsStore.toOffset(r[3]), StandingsStore.toOffset(r[4]),
                StandingsStore.toOffset(r[5]), ((Number) r[6]).longValue(), ((Number) r[7]).longValue(), ((Number) r[8]).longValue(),
                ((Number) r[9]).longValue(), ((Number) r[10]).intValue(), (String) r[11]);
    }
}
