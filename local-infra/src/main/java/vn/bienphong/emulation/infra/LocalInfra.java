package vn.bienphong.emulation.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The local run's infrastructure, each part in a JVM of its own so that an operator can stop and
 * start the broker alone (rehearsing a broker outage) while the database stays up:
 * <ul>
 *   <li>{@code --part postgres}: PostgreSQL (embedded and durable, or the server the environment
 *   names) with the services' databases, the development key pair and tokens; writes
 *   {@code <dir>/postgres.env} and {@code <dir>/postgres.ready};</li>
 *   <li>{@code --part kafka}: the Kafka broker (KRaft); writes {@code <dir>/kafka.env} and
 *   {@code <dir>/kafka.ready}.</li>
 * </ul>
 * Each stays up until it is told to stop.
 *
 * <pre>java LocalInfra --part postgres --dir .local --pg-port 15432 --databases cluster,report,award
 *      [--demo-data demo-data/cluster-service.json] [--reset]
 * java LocalInfra --part kafka --dir .local --kafka-port 19092 [--reset]</pre>
 */
public final class LocalInfra {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path dir = Path.of(options.getOrDefault("dir", ".local")).toAbsolutePath();
        String part = options.getOrDefault("part", "postgres");
        boolean reset = options.containsKey("reset");
        Files.createDirectories(dir);
        AutoCloseable running = switch (part) {
            case "postgres" -> startPostgres(dir, options, reset);
            case "kafka" -> startKafka(dir, options, reset);
            default -> throw new IllegalArgumentException("unknown part " + part + " (postgres or kafka)");
        };
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                running.close();
            } catch (Exception e) {
                log(part + " did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }, "local-infra-shutdown"));
        Files.writeString(dir.resolve(part + ".ready"), "ready\n", StandardCharsets.UTF_8);
        log(part + " ready");
        stopped.await();
    }

    private static PostgresServer startPostgres(Path dir, Map<String, String> options, boolean reset) throws IOException {
        int pgPort = Integer.parseInt(options.getOrDefault("pg-port", "15432"));
        List<String> databases = List.of(options.getOrDefault("databases", "cluster,report,award").split(","));
        if (reset) {
            deleteRecursively(dir.resolve("pgdata"));
        }
        PostgresServer postgres = PostgresServer.startOrConnect(dir.resolve("pgdata"), pgPort, true);
        for (String database : databases) {
            boolean created = postgres.createDatabaseIfMissing(database);
            log((created ? "created database " : "database exists: ") + database + " on " + postgres.address());
        }
        if (postgres.isEmbedded()) {
            log("PostgreSQL " + PostgresServer.MAJOR_VERSION + ", data in " + dir.resolve("pgdata") + ", fsync="
                    + postgres.setting("fsync") + ", synchronous_commit=" + postgres.setting("synchronous_commit"));
        }
        DevKeys keys = new DevKeys(dir.resolve("keys")).createIfMissing();
        writeTokens(keys, dir.resolve("tokens"), demoUnitCodes(options.get("demo-data")));
        List<String> env = new ArrayList<>();
        env.add("INFRA_DB_HOST=" + postgres.address().host());
        env.add("INFRA_DB_PORT=" + postgres.address().port());
        env.add("INFRA_DB_USER=" + postgres.address().user());
        env.add("INFRA_DB_PASSWORD=" + postgres.address().password());
        env.add("INFRA_PUBLIC_KEY=" + keys.publicKey());
        Files.write(dir.resolve("postgres.env"), env, StandardCharsets.UTF_8);
        return postgres;
    }

    private static KafkaBroker startKafka(Path dir, Map<String, String> options, boolean reset) throws IOException {
        int kafkaPort = Integer.parseInt(options.getOrDefault("kafka-port", "19092"));
        if (reset) {
            deleteRecursively(dir.resolve("kafka"));
        }
        KafkaBroker broker = new KafkaBroker(dir.resolve("kafka"), kafkaPort, kafkaPort + 1).start();
        log("Kafka broker (KRaft) listening on " + broker.bootstrapServers() + ", data in " + dir.resolve("kafka"));
        Files.write(dir.resolve("kafka.env"), List.of("INFRA_KAFKA_BOOTSTRAP=" + broker.bootstrapServers()), StandardCharsets.UTF_8);
        return broker;
    }

    /**
     * Development tokens, one file per role and one per demo unit, valid for 30 days. There is no
     * chair token: the unit holding a cluster's chair for a year uses its own unit token.
     */
    static void writeTokens(DevKeys keys, Path directory, List<String> unitCodes) throws IOException {
        deleteRecursively(directory);
        Files.createDirectories(directory);
        Duration lifetime = Duration.ofDays(30);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("council", DevToken.mint(keys, "council", null, lifetime));
        tokens.put("system", DevToken.mint(keys, "system", null, lifetime));
        tokens.put("viewer", DevToken.mint(keys, "viewer", null, lifetime));
        for (String unit : unitCodes) {
            tokens.put("unit-" + unit, DevToken.mint(keys, "unit", unit, lifetime));
        }
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            Files.writeString(directory.resolve(token.getKey() + ".jwt"), token.getValue(), StandardCharsets.US_ASCII);
        }
    }

    /** The unit codes of the demo data file, for a token each. */
    static List<String> demoUnitCodes(String demoDataFile) throws IOException {
        if (demoDataFile == null || !Files.exists(Path.of(demoDataFile))) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (var unit : new com.fasterxml.jackson.databind.ObjectMapper().readTree(Path.of(demoDataFile).toFile()).path("units")) {
            codes.add(unit.path("code").asText());
        }
        return codes;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                options.put(name, "true");
            }
        }
        return options;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void log(String message) {
        System.out.println("[local-infra] " + message);
    }
}
