package vn.bienphong.emulation.infra.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Real database failures for tests: the sessions of the service that wait for a lock are ended
 * by the server ({@code pg_terminate_backend}), as when the database restarts or fails over under
 * a running transaction.
 */
public final class DatabaseFaults {

    private DatabaseFaults() {
    }

    /**
     * Waits until a session of this database (not the caller's) waits for a lock while running a
     * statement that starts as given, and ends it; returns how many sessions were ended.
     */
    public static int endSessionsWaitingOnLock(DataSource dataSource, String statementStart, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        try (Connection c = dataSource.getConnection()) {
            while (Instant.now().isBefore(deadline)) {
                List<Integer> pids = new ArrayList<>();
                try (PreparedStatement q = c.prepareStatement("""
                        SELECT pid FROM pg_stat_activity
                        WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'
                          AND ltrim(query) ILIKE ?""")) {
                    q.setString(1, statementStart + "%");
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            pids.add(rs.getInt(1));
                        }
                    }
                }
                if (!pids.isEmpty()) {
                    for (int pid : pids) {
                        try (PreparedStatement kill = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
                            kill.setInt(1, pid);
                            kill.execute();
                        }
                    }
                    return pids.size();
                }
                Thread.sleep(50);
            }
            return 0;
        } catch (SQLException e) {
            throw new IllegalStateException("could not end the waiting sessions", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
