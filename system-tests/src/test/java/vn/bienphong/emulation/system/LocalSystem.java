package vn.bienphong.emulation.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import vn.bienphong.emulation.infra.DevKeys;
import vn.bienphong.emulation.infra.FreePort;
import vn.bienphong.emulation.infra.KafkaBroker;
import vn.bienphong.emulation.infra.PostgresServer;

/**
 * The whole system on this machine, as {@code run-local.sh} runs it but with several instances:
 * PostgreSQL (embedded, or the server the environment names) with the three databases and a Kafka
 * broker (KRaft) in this JVM, the broker stoppable and restartable on the same port and data; then
 * each service instance as a process of its own ({@link ServiceProcess}) on a free port, with the
 * development key pair's public key. Everything lives under {@code system-tests/target/system}
 * and logs under {@code system-tests/target/logs}.
 *
 * <p>{@link #shared()} starts one system for the test JVM (two instances of report-service and
 * award-service, one of cluster-service), stopped when the JVM ends; {@link #start(int, int, int)}
 * starts one of another shape (the benchmark).
 */
public final class LocalSystem implements AutoCloseable {

    /** Five JVMs starting at once on two cores, maybe beside other builds, take their time. */
    private static final Duration READY = Duration.ofSeconds(300);
    /** Ports handed out in this JVM: FreePort may answer the same free port twice before anyone listens on it. */
    private static final java.util.Set<Integer> TAKEN = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static LocalSystem shared;

    private final Path root;
    private final Path work;
    private final PostgresServer postgres;
    private final KafkaBroker broker;
    private final DevKeys keys;
    private final Map<String, List<ServiceProcess>> services = new LinkedHashMap<>();

    private LocalSystem(Path root, Path work, PostgresServer postgres, KafkaBroker broker, DevKeys keys) {
        this.root = root;
        this.work = work;
        this.postgres = postgres;
        this.broker = broker;
        this.keys = keys;
    }

    /**
     * The system of this test JVM: one cluster-service, two report-service, two award-service instances. Started by the
     * first test class that asks ({@link SystemExtension}), stopped once every test class has run.
     */
    public static synchronized LocalSystem shared() {
        if (shared == null) {
            shared = start(1, 2, 2);
        }
        return shared;
    }

    public static LocalSystem start(int clusterInstances, int reportInstances, int awardInstances) {
        Path root = Path.of(System.getProperty("system.root", "..")).toAbsolutePath().normalize();
        Path work = Path.of(System.getProperty("system.work", "target")).toAbsolutePath().normalize();
        Path data = work.resolve("system");
        try {
            deleteRecursively(data);
            Files.createDirectories(data);
            Files.createDirectories(work.resolve("logs"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare " + data, e);
        }
        long began = System.nanoTime();
        PostgresServer postgres = PostgresServer.startOrConnect(data.resolve("pgdata"), port(), false);
        for (String db : List.of("cluster", "report", "award")) {
            postgres.createDatabaseIfMissing(db);
        }
        int kafkaPort = port();
        int controllerPort = port();
        KafkaBroker broker = new KafkaBroker(data.resolve("kafka"), kafkaPort, controllerPort).start();
        DevKeys keys = new DevKeys(data.resolve("keys")).createIfMissing();
        LocalSystem system = new LocalSystem(root, work, postgres, broker, keys);
        system.add("cluster-service", clusterInstances);
        system.add("report-service", reportInstances);
        system.add("award-service", awardInstances);
        List<ServiceProcess> all = system.all();
        all.forEach(ServiceProcess::start);
        try {
            CompletableFuture.allOf(all.stream()
                    .map(s -> CompletableFuture.runAsync(() -> startedOnceAgainIfItFailed(s))).toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            system.close();
            throw e;
        }
        System.out.printf("[system] up in %.1f s: %s, PostgreSQL %s, Kafka %s%n", (System.nanoTime() - began) / 1e9,
                all, postgres.address(), broker.bootstrapServers());
        return system;
    }

    /** A free port that no other part of a system of this JVM was given. */
    private static int port() {
        while (true) {
            int candidate = FreePort.find();
            if (TAKEN.add(candidate)) {
                return candidate;
            }
        }
    }

    /** Waits for the instance; one that exits while starting (e.g. on a machine too busy to connect in time) is started once more. */
    private static void startedOnceAgainIfItFailed(ServiceProcess instance) {
        try {
            instance.awaitReady(READY);
        } catch (IllegalStateException e) {
            if (instance.isAlive()) {
                throw e;
            }
            System.err.println("[system] " + instance + " exited while starting; starting it once more (" + instance.log() + ")");
            instance.start().awaitReady(READY);
        }
    }

    private void add(String module, int count) {
        List<ServiceProcess> instances = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String name = module + "-" + i;
            int port = port();
            Map<String, String> env = new LinkedHashMap<>();
            env.put("QUARKUS_PROFILE", "dev");
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.putAll(infrastructure(module));
            instances.add(new ServiceProcess(name, module, port, env, tuning(module),
                    root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar"), work.resolve("logs").resolve(name + ".log")));
        }
        services.put(module, instances);
    }

    /** Where a module's instances find this system: its database and login, the broker, the token issuer's public key. */
    public Map<String, String> infrastructure(String module) {
        String database = module.substring(0, module.indexOf('-'));
        Map<String, String> env = new LinkedHashMap<>();
        env.put(database.toUpperCase() + "_DB_URL", postgres.jdbcUrl(database));
        env.put("DB_USER", postgres.address().user());
        env.put("DB_PASSWORD", postgres.address().password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("JWT_PUBLIC_KEY_LOCATION", "file:" + keys.publicKey());
        return env;
    }

    /**
     * One more instance of a module beside the system's own, on a port of its own, with exactly the given environment
     * (no profile chosen, so a packaged service runs in {@code prod}) and none of the tests' tuning. Not started;
     * the caller starts and stops it.
     */
    public ServiceProcess extraInstance(String module, String name, Map<String, String> environment) {
        int port = port();
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new ServiceProcess(name, module, port, env, List.of(),
                root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar"), work.resolve("logs").resolve(name + ".log"));
    }

    /**
     * What the modules' own tests set in their {@code %test} profile, for faults to show within a test's
     * patience: the relay's backoff and leader check, the producer's delivery timeout, the consumer retry,
     * and the consumers' session timeout (a killed instance's partitions move to the other in ~10 s, not 45 s).
     */
    private static List<String> tuning(String module) {
        List<String> p = new ArrayList<>(List.of(
                "-Demulation.outbox.delivery-timeout=4s",
                "-Demulation.outbox.request-timeout=1500ms",
                "-Demulation.outbox.max-block=2s",
                "-Demulation.outbox.backoff-initial=200ms",
                "-Demulation.outbox.backoff-max=2s",
                "-Demulation.outbox.outage-after=2s",
                "-Demulation.outbox.leader-check-interval=500ms",
                "-Demulation.inbox.retry-initial=100ms",
                "-Demulation.inbox.retry-max=1s",
                // five JVMs starting at once on two cores: the first connections may take more than Agroal's 5 s
                "-Dquarkus.datasource.jdbc.acquisition-timeout=60S"));
        List<String> channels = switch (module) {
            case "cluster-service" -> List.of("award-events");
            case "report-service" -> List.of("cluster-events");
            default -> List.of("report-events", "cluster-events", "award-events");
        };
        for (String channel : channels) {
            p.add("-Dmp.messaging.incoming." + channel + ".session.timeout.ms=10000");
            p.add("-Dmp.messaging.incoming." + channel + ".heartbeat.interval.ms=1000");
        }
        return p;
    }

    public List<ServiceProcess> all() {
        return services.values().stream().flatMap(List::stream).toList();
    }

    public List<ServiceProcess> clusters() {
        return services.get("cluster-service");
    }

    public List<ServiceProcess> reports() {
        return services.get("report-service");
    }

    public List<ServiceProcess> awards() {
        return services.get("award-service");
    }

    public ServiceProcess cluster() {
        return clusters().get(0);
    }

    public KafkaBroker broker() {
        return broker;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public Path work() {
        return work;
    }

    public Path root() {
        return root;
    }

    public String council() {
        return keys.token("council-officer", "council", null, Duration.ofHours(3));
    }

    public String system() {
        return keys.token("command-system", "system", null, Duration.ofHours(3));
    }

    public String viewer() {
        return keys.token("dashboard", "viewer", null, Duration.ofHours(3));
    }

    /** A unit's own token; the unit holding a cluster's chair for a year opens and closes its ballot with it. */
    public String unit(String unitCode) {
        return keys.token("unit-" + unitCode, "unit", unitCode, Duration.ofHours(3));
    }

    public void restart(ServiceProcess instance) {
        instance.stop();
        instance.start().awaitReady(READY);
    }

    public void startAgain(ServiceProcess instance) {
        instance.start().awaitReady(READY);
    }

    /** Stops the services first (a broker stopped under them leaves group members behind), then the broker, then PostgreSQL. */
    @Override
    public void close() {
        CompletableFuture.allOf(all().stream().map(s -> CompletableFuture.runAsync(() -> {
            try {
                s.stop();
            } catch (RuntimeException e) {
                System.err.println("[system] " + s + " did not stop: " + e);
            }
        })).toArray(CompletableFuture[]::new)).join();
        try {
            broker.close();
        } catch (RuntimeException e) {
            System.err.println("[system] the broker did not stop: " + e);
        }
        try {
            postgres.close();
        } catch (RuntimeException e) {
            System.err.println("[system] PostgreSQL did not stop: " + e);
        }
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
}
