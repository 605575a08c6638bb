package vn.bienphong.emulation.common.jobs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Connections of their own, outside the pool, to the service's database: for a session-level
 * advisory lock that must live exactly as long as the work it guards (the outbox relay, a standings
 * rebuild). When the instance dies, its session ends and PostgreSQL releases the lock.
 */
@ApplicationScoped
public class DedicatedConnections {

    private final String url;
    private final String user;
    private final String password;

    public DedicatedConnections(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                                @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                                @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user.orElse(null);
        this.password = password.orElse(null);
    }

    public Connection open(String applicationName) throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        c.setAutoCommit(true);
        try (PreparedStatement s = c.prepareStatement("SELECT set_config('application_name', ?, false)")) {
            s.setString(1, applicationName);
            s.execute();
        }
        return c;
    }

    /**
     * Takes the session-level advisory lock named on a new connection; empty when another session
     * holds it. Closing the returned lock releases it and ends the session.
     */
    public Optional<SessionLock> tryLock(String name) throws SQLException {
        Connection c = open(name);
        try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return Optional.of(new SessionLock(c));
                }
            }
        }
        c.close();
        return Optional.empty();
    }

    /** A held advisory lock and the session that holds it (usable for the guarded work's own bookkeeping). */
    public static final class SessionLock implements AutoCloseable {

        private final Connection connection;

        SessionLock(Connection connection) {
            this.connection = connection;
        }

        public Connection connection() {
            return connection;
        }

        @Override
        public void close() {
            try {
                connection.close(); // ends the session, which releases its advisory locks
            } catch (SQLException e) {
                // the session is gone either way
            }
        }
    }
}
