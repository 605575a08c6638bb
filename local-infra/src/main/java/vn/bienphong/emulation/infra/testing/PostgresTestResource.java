package vn.bienphong.emulation.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.bienphong.emulation.infra.FreePort;
import vn.bienphong.emulation.infra.PostgresServer;

/**
 * One real PostgreSQL server per test JVM (embedded, or the one the environment names), with a
 * database for the service under test: init argument {@code database}. On a server the
 * environment names, the database gets a unique suffix and is dropped when the JVM exits.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer server;
    private String database = "service";

    static synchronized PostgresServer server() {
        if (server == null) {
            try {
                server = PostgresServer.startOrConnect(Files.createTempDirectory("pg-test"), FreePort.find(), false);
                PostgresServer started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "pg-test-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database) + "_test";
    }

    @Override
    public Map<String, String> start() {
        PostgresServer pg = server();
        String name = database;
        if (!pg.isEmbedded()) {
            name = database + "_" + UUID.randomUUID().toString().substring(0, 8);
            String toDrop = name;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> pg.dropDatabase(toDrop), "pg-test-drop"));
        }
        pg.createDatabaseIfMissing(name);
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.jdbcUrl(name),
                "quarkus.datasource.username", pg.address().user(),
                "quarkus.datasource.password", pg.address().password());
    }

    @Override
    public void stop() {
        // the server outlives the application so that the next test class finds it running
    }
}
