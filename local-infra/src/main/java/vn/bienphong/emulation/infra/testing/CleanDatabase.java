package vn.bienphong.emulation.infra.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** Empties every table of the service's schema except Flyway's history and the given reference tables, so that a test class starts from clean data. */
public final class CleanDatabase {

    private CleanDatabase() {
    }

    public static void truncateAll(DataSource dataSource, String... keep) {
        // a service's background readers (stream, consumers) may hold a table while it is emptied: a
        // deadlock there says nothing about the test, so the clean-up is tried again
        for (int attempt = 1; ; attempt++) {
            try {
                truncateOnce(dataSource, keep);
                return;
            } catch (IllegalStateException e) {
                if (attempt >= 5 || !(e.getCause() instanceof SQLException sql) || !"40P01".equals(sql.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    private static void truncateOnce(DataSource dataSource, String... keep) {
        List<String> kept = new ArrayList<>(List.of(keep));
        kept.add("flyway_schema_history");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")) {
                while (rs.next()) {
                    if (!kept.contains(rs.getString(1))) {
                        tables.add('"' + rs.getString(1) + '"');
                    }
                }
            }
            if (!tables.isEmpty()) {
                s.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not clean the test database", e);
        }
    }

    /** How many rows the table holds now: what a refused request must leave unchanged. */
    public static long rows(DataSource dataSource, String table) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the rows of " + table, e);
        }
    }
}
