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
 * The local run's infrastructure, in a JVM of its own: PostgreSQL (embedded, or the server the
 * environment names) with the services' databases, a Kafka broker (unless
 * {@code KAFKA_BOOTSTRAP_SERVERS} names one), the development key pair and tokens. It writes what
 * the services need to {@code <dir>/infra.env} and stays up until it is told to stop.
 *
 * <pre>java LocalInfra --dir .local --kafka-port 19092 --pg-port 15432 --databases cluster,report,award
 *      [--demo-data demo-data/cluster-service.json] [--reset]</pre>
 */
public final class LocalInfra {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path dir = Path.of(options.getOrDefault("dir", ".local")).toAbsolutePath();
        int kafkaPort = Integer.parseInt(options.getOrDefault("kafka-port", "19092"));
        int pgPort = Integer.parseInt(options.getOrDefault("pg-port", "15432"));
        List<String> databases = List.of(options.getOrDefault("databases", "cluster,report,award").split(","));
        boolean reset = options.containsKey("reset");

        if (reset) {
            deleteRecursively(dir.resolve("pgdata"));
            deleteRecursively(dir.resolve("kafka"));
        }
        Files.createDirectories(dir);

        PostgresServer postgres = PostgresServer.startOrConnect(dir.resolve("pgdata"), pgPort, true);
        for (String database : databases) {
            boolean created = postgres.createDatabaseIfMissing(database);
            log((created ? "created database " : "database exists: ") + database + " on " + postgres.address());
        }

        String externalKafka = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        KafkaBroker broker = null;
        String bootstrap;
        if (externalKafka != null && !externalKafka.isBlank()) {
            bootstrap = externalKafka;
            log("using the Kafka broker the environment names: " + bootstrap);
        } else {
            broker = new KafkaBroker(dir.resolve("kafka"), kafkaPort, kafkaPort + 1).start();
            bootstrap = broker.bootstrapServers();
            log("Kafka broker (KRaft) listening on " + bootstrap);
        }

        DevKeys keys = new DevKeys(dir.resolve("keys")).createIfMissing();
        writeTokens(keys, dir.resolve("tokens"), demoUnitCodes(options.get("demo-data")));

        List<String> env = new ArrayList<>();
        env.add("INFRA_DB_HOST=" + postgres.address().host());
        env.add("INFRA_DB_PORT=" + postgres.address().port());
        env.add("INFRA_DB_USER=" + postgres.address().user());
        env.add("INFRA_DB_PASSWORD=" + postgres.address().password());
        env.add("INFRA_KAFKA_BOOTSTRAP=" + bootstrap);
        env.add("INFRA_PUBLIC_KEY=" + keys.publicKey());
        Files.write(dir.resolve("infra.env"), env, StandardCharsets.UTF_8);

        KafkaBroker brokerToStop = broker;
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (brokerToStop != null) {
                brokerToStop.close();
            }
            postgres.close();
            stopped.countDown();
        }, "local-infra-shutdown"));
        Files.writeString(dir.resolve("infra.ready"), "ready\n", StandardCharsets.UTF_8);
        log("ready");
        stopped.await();
    }

    /** Development tokens, one file per role and one per demo unit, valid for 30 days. */
    static void writeTokens(DevKeys keys, Path directory, List<String> unitCodes) throws IOException {
        deleteRecursively(directory);
        Files.createDirectories(directory);
        Duration lifetime = Duration.ofDays(30);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("council", keys.token("council-officer", "council", null, null, lifetime));
        tokens.put("system", keys.token("command-system", "system", null, null, lifetime));
        tokens.put("viewer", keys.token("dashboard", "viewer", null, null, lifetime));
        tokens.put("chair-cluster-1", keys.token("chair-cluster-1", "chair", "BDBP-LANG-SON", 1, lifetime));
        tokens.put("chair-cluster-3", keys.token("chair-cluster-3", "chair", "BDBP-THANH-HOA", 3, lifetime));
        tokens.put("chair-cluster-8", keys.token("chair-cluster-8", "chair", "CUC-KY-THUAT", 8, lifetime));
        for (String unit : unitCodes) {
            tokens.put("unit-" + unit, keys.token("unit-" + unit, "unit", unit, null, lifetime));
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
