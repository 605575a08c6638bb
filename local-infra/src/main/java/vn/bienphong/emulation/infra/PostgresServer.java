package vn.bienphong.emulation.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server. By default an embedded one (binaries from Maven artifacts, on a port of
 * its own); when the environment names a server ({@link ServerAddress#fromEnvironment()}), that one.
 */
public final class PostgresServer implements AutoCloseable {

    private final ServerAddress address;
    private final EmbeddedPostgres embedded;

    private PostgresServer(ServerAddress address, EmbeddedPostgres embedded) {
        this.address = address;
        this.embedded = embedded;
    }

    /** The server the environment names, if any; otherwise an embedded server on the given port. */
    public static PostgresServer startOrConnect(Path dataDirectory, int port, boolean keepData) {
        return ServerAddress.fromEnvironment()
                .map(external -> new PostgresServer(external, null))
                .orElseGet(() -> startEmbedded(dataDirectory, port, keepData));
    }

    private static PostgresServer startEmbedded(Path dataDirectory, int port, boolean keepData) {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!keepData)
                    .start();
            return new PostgresServer(new ServerAddress("localhost", port, "postgres", "postgres"), pg);
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL could not start on port " + port, e);
        }
    }

    public ServerAddress address() {
        return address;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String jdbcUrl(String database) {
        return address.jdbcUrl(database);
    }

    /** Creates the database unless it exists. Returns true when it was created. */
    public boolean createDatabaseIfMissing(String database) {
        requireSafeName(database);
        try (Connection c = DriverManager.getConnection(address.jdbcUrl("postgres"), address.user(), address.password())) {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (Statement create = c.createStatement()) {
                create.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database + " on " + address, e);
        }
    }

    public void dropDatabase(String database) {
        requireSafeName(database);
        try (Connection c = DriverManager.getConnection(address.jdbcUrl("postgres"), address.user(), address.password());
             Statement drop = c.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop database " + database, e);
        }
    }

    private static void requireSafeName(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }
}
