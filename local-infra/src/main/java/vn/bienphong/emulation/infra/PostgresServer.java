package vn.bienphong.emulation.infra;

import java.io.IOException;
import java.nio.file.Files;
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
 * The embedded server is PostgreSQL {@value #MAJOR_VERSION}, the major version {@code docker-compose.yml} runs.
 * A server that keeps its data (the run command's) is durable: {@code fsync} and {@code synchronous_commit}
 * on, as in production; the tests' throw-away servers keep both off for speed.
 */
public final class PostgresServer implements AutoCloseable {

    /** The PostgreSQL major version of the embedded binaries (and of docker-compose.yml). */
    public static final String MAJOR_VERSION = "17";

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
        requireSameMajorVersion(dataDirectory);
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!keepData);
            if (keepData) {
                // the data outlives the run: what was answered 201 must survive a crash of the machine
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            } else {
                builder.setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off");
            }
            EmbeddedPostgres pg = builder.start();
            return new PostgresServer(new ServerAddress("localhost", port, "postgres", "postgres"), pg);
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL could not start on port " + port, e);
        }
    }

    /** A data directory written by another major version cannot be opened: say so instead of failing obscurely. */
    private static void requireSameMajorVersion(Path dataDirectory) {
        Path version = dataDirectory.resolve("PG_VERSION");
        if (!Files.exists(version)) {
            return;
        }
        try {
            String found = Files.readString(version).strip();
            if (!MAJOR_VERSION.equals(found)) {
                throw new IllegalStateException("the data in " + dataDirectory + " was written by PostgreSQL " + found
                        + "; this run uses PostgreSQL " + MAJOR_VERSION + ". Keep a copy if you need it, then start afresh"
                        + " (./run-local.sh start --reset wipes it)");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + version, e);
        }
    }

    /** The value of a server setting, e.g. {@code fsync}. */
    public String setting(String name) {
        try (Connection c = DriverManager.getConnection(address.jdbcUrl("postgres"), address.user(), address.password());
             PreparedStatement q = c.prepareStatement("SELECT current_setting(?)")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the setting " + name + " of " + address, e);
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
