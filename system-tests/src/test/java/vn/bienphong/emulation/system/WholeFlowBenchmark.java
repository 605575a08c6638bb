package vn.bienphong.emulation.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The whole flow under load, the way command systems drive it: many units submitting their monthly reports
 * concurrently over HTTP, spread over the report-service instances, with a dashboard on the live standings
 * stream of every award-service instance. Run once with one instance of report-service and award-service,
 * then with two (one cluster-service each time), each on a fresh system. Prints, per shape: reports/s
 * accepted, the latency from a report's POST to the first standings change on a stream that carries it
 * (p50, p99, max; every stream's observations pooled), and each process's resident memory (VmRSS).
 * Not part of the normal run:
 *
 * <pre>./mvnw -B verify -pl system-tests -am -Dtest=WholeFlowBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Options (system properties): {@code benchmark.units} (200), {@code benchmark.months} (12, reports per unit),
 * {@code benchmark.concurrency} (32 units submitting at once), {@code benchmark.shapes} ("1,2": instances of
 * report-service and award-service). Results also go to {@code system-tests/target/whole-flow-benchmark.txt}.
 */
class WholeFlowBenchmark {

    private static final int FIRST_CLUSTER = 31;
    private static final int PER_CLUSTER = 50; // a cluster-year has at most 60 members
    private static final int YEAR = 2025;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int units = Integer.getInteger("benchmark.units", 200);
    private final int months = Integer.getInteger("benchmark.months", 12);
    private final int concurrency = Integer.getInteger("benchmark.concurrency", 32);

    record Result(int instances, int reports, double seconds, double perSecond, long p50, long p99, long max,
                  int observed, Map<String, Long> residentMib) {
    }

    @Test
    void wholeFlow() throws Exception {
        List<Result> results = new ArrayList<>();
        for (String shape : System.getProperty("benchmark.shapes", "1,2").split(",")) {
            int n = Integer.parseInt(shape.strip());
            try (LocalSystem system = LocalSystem.start(1, n, n)) {
                results.add(run(system, n));
            }
        }
        String table = table(results);
        System.out.println(table);
        Files.writeString(Path.of(System.getProperty("system.work", "target"), "whole-flow-benchmark.txt"), table, StandardCharsets.UTF_8);
    }

    private Result run(LocalSystem system, int instances) throws Exception {
        Steps steps = new Steps(system);
        List<String> codes = new ArrayList<>();
        for (int c = 0; c * PER_CLUSTER < units; c++) {
            int cluster = FIRST_CLUSTER + c;
            List<String> members = steps.clusterOfOwnUnits(cluster, YEAR, "BENCH" + c, Math.min(PER_CLUSTER, units - c * PER_CLUSTER));
            codes.addAll(members);
            // score = patrols / 100 exactly (target 10,000 × weight 100): a unit's score on the stream tells which of its reports it carries
            steps.putScheme(cluster, YEAR, List.of(Map.of("code", "patrols", "title", "Tuần tra", "kind", "METRIC",
                    "metricCode", "borderPatrols", "weight", 100, "target", 10000)), List.of());
            // a campaign report (counted apart from the year's patrols) once the roster is there
            Map<String, Object> warmup = Steps.report(members.get(0), cluster, YEAR, "CAMPAIGN", "WARMUP", Map.of("propagandaSessions", 1));
            warmup.put("period", Map.of("kind", "CAMPAIGN", "label", "warmup", "from", "2025-04-01", "to", "2025-04-30"));
            steps.submitOnceMembershipArrived(system.reports().get(c % system.reports().size()), system.system(), warmup, "warmup-" + cluster);
        }
        List<StandingsStream> streams = new ArrayList<>();
        for (ServiceProcess award : system.awards()) {
            streams.add(new StandingsStream(award.url(), "?year=" + YEAR, system.viewer()).awaitOpen(Duration.ofSeconds(30)));
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = system.system();
        // report k of unit u adds (k) patrols: the unit's running total after report k is k(k+1)/2
        ConcurrentLinkedQueue<long[]> sent = new ConcurrentLinkedQueue<>(); // {unit index, k, POST start nanos}
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long began = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                int u;
                while ((u = next.getAndIncrement()) < units) {
                    for (int k = 1; k <= months; k++) {
                        ServiceProcess instance = system.reports().get((u + k) % system.reports().size());
                        String body = JSON.writeValueAsString(Steps.report(codes.get(u), clusterOf(u), YEAR, "MONTH",
                                String.format("%d-%02d", YEAR, k), Map.of("borderPatrols", k)));
                        long start = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(instance.url() + "/api/v1/reports"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .header("Idempotency-Key", "bench-" + u + "-" + k)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(60)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) {
                            sent.add(new long[] {u, k, start});
                        } else {
                            refused.incrementAndGet();
                            System.err.println("refused: " + r.statusCode() + " " + r.body());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        int reports = sent.size();
        assertThat(refused.get()).as("reports refused").isZero();

        // every stream shows every unit's last report
        for (StandingsStream stream : streams) {
            for (String code : codes) {
                BigDecimal last = BigDecimal.valueOf((long) months * (months + 1) / 2, 2);
                stream.await(e -> e.scoreOf(code) != null && e.scoreOf(code).compareTo(last) >= 0, Duration.ofSeconds(180));
            }
        }
        List<Long> latencies = new ArrayList<>();
        for (StandingsStream stream : streams) {
            for (long[] s : sent) {
                String code = codes.get((int) s[0]);
                int cluster = clusterOf((int) s[0]);
                List<StandingsStream.Event> events = stream.events(e -> e.clusterNumber() == cluster);
                BigDecimal carried = BigDecimal.valueOf(s[1] * (s[1] + 1) / 2, 2);
                for (StandingsStream.Event e : events) {
                    BigDecimal score = e.scoreOf(code);
                    if (score != null && score.compareTo(carried) >= 0) {
                        latencies.add(Math.max(0, (e.arrivedNanos() - s[2]) / 1_000_000));
                        break;
                    }
                }
            }
        }
        streams.forEach(StandingsStream::close);
        Collections.sort(latencies);
        Map<String, Long> resident = new LinkedHashMap<>();
        for (ServiceProcess p : system.all()) {
            resident.put(p.name(), p.residentKib() / 1024);
        }
        resident.put("test JVM (Kafka broker inside)", ServiceProcess.residentKib(ProcessHandle.current().pid()) / 1024);
        Result result = new Result(instances, reports, seconds, reports / seconds, percentile(latencies, 50), percentile(latencies, 99),
                latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1), latencies.size(), resident);
        System.out.printf("[benchmark] %d instance(s): %s%n", instances, result);
        return result;
    }

    private static int clusterOf(int unitIndex) {
        return FIRST_CLUSTER + unitIndex / PER_CLUSTER;
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private String table(List<Result> results) throws IOException {
        StringBuilder t = new StringBuilder();
        t.append(String.format("%nWhole-flow benchmark: %d units × %d monthly reports, %d submitting at once, over HTTP%n",
                units, months, concurrency));
        t.append(String.format("machine: %d processors; load average before: %s%n", Runtime.getRuntime().availableProcessors(),
                Files.readString(Path.of("/proc/loadavg")).strip()));
        t.append(String.format("%-44s", ""));
        for (Result r : results) {
            t.append(String.format("%-24s", r.instances() + " instance(s)"));
        }
        t.append('\n');
        row(t, "reports accepted", results, r -> Integer.toString(r.reports()));
        row(t, "reports/s accepted", results, r -> String.format("%.0f (in %.1f s)", r.perSecond(), r.seconds()));
        row(t, "POST → standings on the stream p50 (ms)", results, r -> Long.toString(r.p50()));
        row(t, "POST → standings on the stream p99 (ms)", results, r -> Long.toString(r.p99()));
        row(t, "POST → standings on the stream max (ms)", results, r -> Long.toString(r.max()));
        row(t, "observations (reports × streams)", results, r -> Integer.toString(r.observed()));
        List<String> processes = new ArrayList<>();
        results.forEach(r -> r.residentMib().keySet().stream().filter(k -> !processes.contains(k)).forEach(processes::add));
        for (String process : processes) {
            row(t, "VmRSS MiB " + process, results, r -> r.residentMib().containsKey(process) ? Long.toString(r.residentMib().get(process)) : "–");
        }
        return t.toString();
    }

    private static void row(StringBuilder t, String label, List<Result> results, java.util.function.Function<Result, String> value) {
        t.append(String.format("%-44s", label));
        for (Result r : results) {
            t.append(String.format("%-24s", value.apply(r)));
        }
        t.append('\n');
    }
}
