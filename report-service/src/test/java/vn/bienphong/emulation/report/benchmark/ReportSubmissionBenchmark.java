package vn.bienphong.emulation.report.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Drives report submissions over HTTP against a running report-service and prints reports per
 * second accepted and latency percentiles, first one report per request, then in batches
 * ({@code POST /api/v1/reports/batch}) in the same run, next to the raw single-row insert rate of the
 * same PostgreSQL. Not part of the test suite (Surefire runs *Test classes only); run it with
 * <pre>./mvnw -B test -pl report-service -am -Dtest=ReportSubmissionBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * and {@code -Dbench.*} properties (see report-service/BENCHMARK.md).
 */
class ReportSubmissionBenchmark {

    static final String URL = System.getProperty("bench.url", "http://localhost:8082");
    static final Path INFRA = Path.of(System.getProperty("bench.infra-dir", "../.local"));
    static final String KAFKA = System.getProperty("bench.kafka", "127.0.0.1:19092");
    static final String DB = System.getProperty("bench.db", "jdbc:postgresql://localhost:15432/report");
    static final String DB_USER = System.getProperty("bench.db.user", "postgres");
    static final String DB_PASSWORD = System.getProperty("bench.db.password", "postgres");
    static final int REPORTS = Integer.getInteger("bench.reports", 20_000);
    // a fresh JVM on two cores compiles its hot paths for tens of thousands of requests: warm it up first
    static final int WARMUP = Integer.getInteger("bench.warmup", 20_000);
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 32);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 4);
    // bulk: reports per batch (several sizes may be given), batches in flight, reports measured per size, warm-up
    static final List<Integer> BATCH_SIZES = Arrays.stream(System.getProperty("bench.batch-sizes", "100").split(","))
            .map(String::strip).filter(size -> !size.isEmpty()).map(Integer::valueOf).toList();
    static final int BULK_CONCURRENCY = Integer.getInteger("bench.bulk-concurrency", 4);
    static final int BULK_REPORTS = Integer.getInteger("bench.bulk-reports", 40_000);
    static final int BULK_WARMUP = Integer.getInteger("bench.bulk-warmup", 20_000);
    // each report (single or in a batch) with an idempotency key, as a command system that retries would send it
    static final boolean KEYS = Boolean.getBoolean("bench.keys");
    static final int UNITS_PER_CLUSTER = Integer.getInteger("bench.units-per-cluster", 200);
    static final int CLUSTERS = 10;
    static final int UNITS = CLUSTERS * UNITS_PER_CLUSTER;
    static final int FIRST_CLUSTER = 900;
    static final int FIRST_YEAR = 2040;
    static final int LAST_YEAR = 2100;

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    final String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT);
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    String token;
    /** The number of the next report to send: every report of the run is another unit's, month or year. */
    int nextReport;

    /** What one measurement gave. */
    record Result(String label, int reports, double seconds, long[] sortedLatencies) {
        double rate() {
            return reports / seconds;
        }
    }

    @Test
    void benchmark() throws Exception {
        token = Files.readString(INFRA.resolve("tokens/system.jwt")).strip();
        int total = WARMUP + REPORTS + (BATCH_SIZES.isEmpty() ? 0 : BULK_WARMUP + BULK_REPORTS * BATCH_SIZES.size());
        int years = total / (UNITS * 12) + 1;
        if (FIRST_YEAR + years > LAST_YEAR) {
            throw new IllegalArgumentException(total + " reports need " + years + " years of " + UNITS + " units' months; "
                    + "the benchmark has " + (LAST_YEAR - FIRST_YEAR) + ": send fewer or raise bench.units-per-cluster");
        }
        System.out.printf("report-service benchmark: %s, run %s, %d units; single: %d reports (+%d warm-up), %d in flight; "
                        + "bulk: batches of %s, %d reports each size (+%d warm-up), %d batches in flight; idempotency keys: %s%n",
                URL, run, UNITS, REPORTS, WARMUP, CONCURRENCY, BATCH_SIZES, BULK_REPORTS, BULK_WARMUP, BULK_CONCURRENCY, KEYS);
        setUpRoster(years);

        List<Result> results = new ArrayList<>();
        results.add(measure("single", 1, WARMUP, REPORTS));
        for (int i = 0; i < BATCH_SIZES.size(); i++) {
            int size = BATCH_SIZES.get(i);
            results.add(measure("batches of " + size, size, i == 0 ? BULK_WARMUP : 0, BULK_REPORTS));
        }

        double[] raw = rawInsertRates(REPORTS);
        double single = results.get(0).rate();
        System.out.println();
        System.out.println("=== report-service benchmark ===");
        for (Result r : results) {
            long[] latencies = r.sortedLatencies();
            System.out.printf("%-18s %7d reports in %6.2f s = %6.0f reports/s (%4.1fx single); per request p50 / p99 / max: "
                            + "%.2f / %.2f / %.2f ms%n", r.label() + ":", r.reports(), r.seconds(), r.rate(), r.rate() / single,
                    percentile(latencies, 50), percentile(latencies, 99), latencies[latencies.length - 1] / 1e6);
        }
        System.out.printf("raw PostgreSQL single-row inserts, autocommit, 1 connection:  %.0f rows/s%n", raw[0]);
        System.out.printf("raw PostgreSQL single-row inserts, autocommit, %d connections: %.0f rows/s%n", CONCURRENCY, raw[1]);
    }

    /**
     * A warm-up of {@code warmup} reports, then {@code reports} measured in {@link #ROUNDS} rounds, each round's rate and
     * percentiles printed, so that a JIT still warming up or a disturbance shows. {@code batchSize} 1 is one report per
     * request ({@code POST /api/v1/reports}); more is a batch per request.
     */
    Result measure(String label, int batchSize, int warmup, int reports) throws Exception {
        if (warmup > 0) {
            long started = System.nanoTime();
            send(batchSize, warmup);
            System.out.printf("%s, warm-up: %d reports at %.0f reports/s%n", label, warmup, warmup / ((System.nanoTime() - started) / 1e9));
        }
        int perRound = reports / ROUNDS / batchSize * batchSize;
        List<long[]> rounds = new ArrayList<>();
        double seconds = 0;
        for (int r = 0; r < ROUNDS; r++) {
            int count = r == ROUNDS - 1 ? reports - perRound * r : perRound;
            long started = System.nanoTime();
            long[] round = send(batchSize, count);
            double roundSeconds = (System.nanoTime() - started) / 1e9;
            seconds += roundSeconds;
            rounds.add(round.clone());
            Arrays.sort(round);
            System.out.printf("%s, round %d: %d reports at %.0f reports/s, per request p50 %.2f ms, p99 %.2f ms%n", label, r + 1,
                    count, count / roundSeconds, percentile(round, 50), percentile(round, 99));
        }
        long[] latencies = rounds.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(label, reports, seconds, latencies);
    }

    /** Sends the next {@code count} reports, one a request or in batches of {@code batchSize}; returns each request's latency. */
    long[] send(int batchSize, int count) throws Exception {
        int first = nextReport;
        nextReport += count;
        if (batchSize == 1) {
            Buffer[] bodies = new Buffer[count];
            for (int i = 0; i < count; i++) {
                bodies[i] = Buffer.buffer(JSON.writeValueAsString(reportNumber(first + i)));
            }
            return drive("/api/v1/reports", bodies, CONCURRENCY, KEYS ? i -> key(first + i) : null,
                    (status, body) -> status == 201);
        }
        int batches = (count + batchSize - 1) / batchSize;
        Buffer[] bodies = new Buffer[batches];
        int[] sizes = new int[batches];
        for (int b = 0; b < batches; b++) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int n = first + b * batchSize; n < Math.min(first + count, first + (b + 1) * batchSize); n++) {
                items.add(KEYS ? Map.of("idempotencyKey", key(n), "report", reportNumber(n)) : Map.of("report", reportNumber(n)));
            }
            sizes[b] = items.size();
            bodies[b] = Buffer.buffer(JSON.writeValueAsString(Map.of("items", items)));
        }
        // the answer starts {"received":n,"created":n,...}: every report of the batch must be created
        return drive("/api/v1/reports/batch", bodies, BULK_CONCURRENCY, null, (status, body) -> {
            String head = body.getString(0, Math.min(body.length(), 80));
            return status == 200 && head.contains("\"refused\":0");
        });
    }

    String key(int reportNumber) {
        return "bench-" + run + "-" + reportNumber;
    }

    /** Membership events for the benchmark's units (as cluster-service would publish them), then waits until the service knows them. */
    void setUpRoster(int years) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (int y = 0; y < years; y++) {
                for (int c = 0; c < CLUSTERS; c++) {
                    int cluster = FIRST_CLUSTER + c;
                    List<Map<String, String>> members = new ArrayList<>();
                    for (int u = 0; u < UNITS_PER_CLUSTER; u++) {
                        String code = unit(c * UNITS_PER_CLUSTER + u);
                        members.add(Map.of("unitCode", code, "unitName", "Đơn vị thử " + code));
                    }
                    Map<String, Object> data = Map.of("clusterNumber", cluster, "clusterName", "Cụm thử " + cluster,
                            "year", FIRST_YEAR + y, "members", members,
                            "rotationOrder", members.stream().map(m -> m.get("unitCode")).toList());
                    Map<String, Object> event = Map.of("specversion", "1.0", "id", UUID.randomUUID().toString(),
                            "source", "/benchmark", "type", "membership-changed.v1",
                            "subject", "cluster/" + cluster + "/" + (FIRST_YEAR + y), "time", java.time.OffsetDateTime.now().toString(),
                            "datacontenttype", "application/json", "data", data);
                    producer.send(new ProducerRecord<>("cluster-events", Integer.toString(cluster), JSON.writeValueAsString(event)));
                }
            }
            producer.flush();
        }
        for (int c = 0; c < CLUSTERS; c++) {
            int unit = c * UNITS_PER_CLUSTER + UNITS_PER_CLUSTER - 1;
            Map<String, Object> probe = body(unit, FIRST_CLUSTER + c, FIRST_YEAR + years - 1,
                    Map.of("kind", "CAMPAIGN", "label", "bench-probe", "from", (FIRST_YEAR + years - 1) + "-01-01",
                            "to", (FIRST_YEAR + years - 1) + "-01-31"));
            long deadline = System.currentTimeMillis() + 60_000;
            int status;
            while ((status = post(JSON.writeValueAsString(probe))) != 201) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the service does not know the benchmark's units (last status " + status + ")");
                }
                Thread.sleep(200);
            }
        }
    }

    /**
     * Posts the bodies to {@code path}, {@code concurrency} in flight at a time (each answer sends the next), from one
     * Vert.x event loop: a light client, so that most of the machine's two cores stay with the service, PostgreSQL and
     * Kafka. Bodies are written before the clock starts. Returns each request's latency; fails unless each was accepted.
     */
    long[] drive(String path, Buffer[] bodies, int concurrency, java.util.function.IntFunction<String> idempotencyKey,
                 java.util.function.BiPredicate<Integer, Buffer> accepted) throws Exception {
        int count = bodies.length;
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch answered = new CountDownLatch(count);
        URI base = URI.create(URL);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        try {
            io.vertx.core.http.HttpClient client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(base.getHost())
                    .setDefaultPort(base.getPort()).setKeepAlive(true).setMaxPoolSize(concurrency));
            Runnable sendNext = new Runnable() {
                @Override
                public void run() {
                    int i = next.getAndIncrement();
                    if (i >= count) {
                        return;
                    }
                    long start = System.nanoTime();
                    client.request(HttpMethod.POST, path)
                            .compose(request -> {
                                request.putHeader("Content-Type", "application/json").putHeader("Authorization", "Bearer " + token);
                                if (idempotencyKey != null) {
                                    request.putHeader("Idempotency-Key", idempotencyKey.apply(i));
                                }
                                return request.send(bodies[i]);
                            })
                            .compose(response -> response.body().map(body -> accepted.test(response.statusCode(), body)
                                    ? null : response.statusCode() + " " + body.getString(0, Math.min(body.length(), 300))))
                            .onComplete(result -> {
                                latencies[i] = System.nanoTime() - start;
                                String failure = result.succeeded() ? result.result() : String.valueOf(result.cause());
                                if (failure != null && failures.incrementAndGet() <= 5) {
                                    System.out.println("request " + i + " to " + path + " answered " + failure);
                                }
                                answered.countDown();
                                run();
                            });
                }
            };
            for (int t = 0; t < concurrency; t++) {
                sendNext.run();
            }
            if (!answered.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("not all requests were answered within 10 minutes");
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " of " + count + " requests to " + path + " were not accepted");
        }
        return latencies;
    }

    Map<String, Object> reportNumber(int n) {
        // consecutive reports come from different units, as they would: a unit does not send twelve at once
        int unit = n % UNITS;
        int month = n / UNITS % 12 + 1;
        int year = FIRST_YEAR + n / (12 * UNITS);
        return body(unit, FIRST_CLUSTER + unit / UNITS_PER_CLUSTER, year,
                Map.of("kind", "MONTH", "label", String.format("%d-%02d", year, month)));
    }

    Map<String, Object> body(int unit, int cluster, int year, Map<String, Object> period) {
        return Map.of("unitCode", unit(unit), "clusterNumber", cluster, "year", year, "period", period,
                "figures", Map.of("borderPatrols", 40 + unit % 7, "crimeCases", unit % 5,
                        "budgetCollectedVnd", 1_250_000_000L + unit, "drugsSeizedGrams", new java.math.BigDecimal("12.345"),
                        "propagandaListenerTimes", 1200),
                "notes", "Báo cáo tháng của đơn vị thử");
    }

    int post(String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(URL + "/api/v1/reports"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    String unit(int n) {
        return String.format("B%s-U%03d", run, n);
    }

    /** Single-row INSERTs, each its own transaction, of a row like a report's, into a table made for the measurement. */
    static double[] rawInsertRates(int rows) throws Exception {
        String table = "bench_raw_insert";
        try (Connection c = DriverManager.getConnection(DB, DB_USER, DB_PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
            s.execute("CREATE TABLE " + table + " (id UUID PRIMARY KEY, unit_code VARCHAR(60) NOT NULL, figures JSONB NOT NULL, created_at TIMESTAMPTZ NOT NULL)");
        }
        try {
            double single = insertRate(table, rows, 1);
            double parallel = insertRate(table, rows, CONCURRENCY);
            return new double[] {single, parallel};
        } finally {
            try (Connection c = DriverManager.getConnection(DB, DB_USER, DB_PASSWORD); Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    static double insertRate(String table, int rows, int connections) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<Future<?>> done = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < connections; t++) {
            done.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(DB, DB_USER, DB_PASSWORD);
                     PreparedStatement insert = c.prepareStatement("INSERT INTO " + table
                             + " (id, unit_code, figures, created_at) VALUES (?, ?, CAST(? AS jsonb), now())")) {
                    while (next.getAndIncrement() < rows) {
                        insert.setObject(1, UUID.randomUUID());
                        insert.setString(2, "BDBP-LANG-SON");
                        insert.setString(3, "{\"borderPatrols\":42,\"budgetCollectedVnd\":1250000000,\"drugsSeizedGrams\":12.345}");
                        insert.executeUpdate();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return rows / ((System.nanoTime() - started) / 1e9);
    }

    static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
