package vn.bienphong.emulation.award;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Feeds report events through Kafka to a running award-service and prints how many it applies
 * per second and the latency from publish to standings stored (the {@code calculatedAt} of the
 * standings-updated.v1 event that names the report event as its cause), for a cluster with a
 * small history and one with a large history. Not a test: run it with the command in
 * {@code award-service/BENCHMARK.md}.
 *
 * <pre>StandingsBenchmark --bootstrap 127.0.0.1:19092 [--burst 10000] [--rate 200] [--seconds 20] [--history 20000]</pre>
 */
public final class StandingsBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int YEAR = 2031;
    private static final String[] METRICS = {"borderPatrols", "crimeCases", "propagandaSessions", "peopleRescued",
            "coastalPatrols", "iuuOperations", "administrativeCases", "budgetCollectedVnd"};

    private final KafkaProducer<String, String> producer;
    private final Map<UUID, Instant> sentAt = new ConcurrentHashMap<>();
    private final Map<UUID, Instant> storedAt = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> clusterOf = new ConcurrentHashMap<>();
    private final Random random = new Random(42);
    private final Map<Integer, List<Report>> reports = new HashMap<>();
    private final AtomicBoolean reading = new AtomicBoolean(true);
    private final String bootstrap;

    private record Report(UUID id, String unit, int version, Map<String, Long> figures) {
    }

    private StandingsBenchmark(String bootstrap) {
        this.bootstrap = bootstrap;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        StandingsBenchmark b = new StandingsBenchmark(o.getOrDefault("bootstrap", "127.0.0.1:19092"));
        int burst = Integer.parseInt(o.getOrDefault("burst", "10000"));
        int rate = Integer.parseInt(o.getOrDefault("rate", "200"));
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        int history = Integer.parseInt(o.getOrDefault("history", "20000"));
        int base = 1000 + new Random().nextInt(8000);
        Thread reader = b.startReader();

        int small = base;
        int large = base + 1;
        b.roster(small);
        b.roster(large);
        System.out.printf("preloading %d report events into cluster %d (large history)...%n", history, large);
        b.burst(List.of(large), history, "preload");

        System.out.println("warm-up...");
        b.burst(List.of(base + 2), 2000, "warm-up");

        for (int cluster : List.of(small, large)) {
            String label = cluster == small ? "small history" : "large history (" + history + " events before)";
            b.burst(List.of(cluster), burst, "burst, one cluster, " + label);
            b.paced(cluster, rate, seconds, label);
        }
        List<Integer> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(base + 10 + i);
            b.roster(base + 10 + i);
        }
        b.burst(ten, burst, "burst, ten clusters");
        b.reading.set(false);
        reader.join();
        b.producer.close();
    }

    private void roster(int cluster) {
        List<Map<String, String>> members = new ArrayList<>();
        for (int u = 0; u < 8; u++) {
            members.add(Map.of("unitCode", unit(cluster, u), "unitName", "BĐBP đơn vị " + u));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("clusterNumber", cluster);
        data.put("clusterName", "Cụm thi đua số " + cluster);
        data.put("year", YEAR);
        data.put("members", members);
        data.put("rotationOrder", members.stream().map(m -> m.get("unitCode")).toList());
        data.put("chairUnitCode", unit(cluster, 0));
        send("cluster-events", cluster, envelope(UUID.randomUUID(), "membership-changed.v1", "/cluster-service", data));
    }

    /** Sends {@code count} events as fast as the producer goes; prints the rate at which they were applied. */
    private void burst(List<Integer> clusters, int count, String label) throws Exception {
        List<UUID> ids = new ArrayList<>(count);
        Instant start = Instant.now();
        for (int i = 0; i < count; i++) {
            ids.add(sendReport(clusters.get(i % clusters.size())));
        }
        producer.flush();
        Instant end = awaitStored(ids, Duration.ofMinutes(10));
        double secs = Duration.between(start, end).toNanos() / 1e9;
        if (!label.equals("preload") && !label.equals("warm-up")) {
            System.out.printf("%-55s %7d events in %6.2f s = %7.0f events/s applied; latency %s%n", label, count, secs, count / secs,
                    latencies(ids));
        }
    }

    /** Sends at a steady rate; prints the latency from publish to standings stored. */
    private void paced(int cluster, int rate, int seconds, String label) throws Exception {
        List<UUID> ids = new ArrayList<>();
        long intervalNanos = 1_000_000_000L / rate;
        long next = System.nanoTime();
        for (int i = 0; i < rate * seconds; i++) {
            while (System.nanoTime() < next) {
                Thread.onSpinWait();
            }
            ids.add(sendReport(cluster));
            next += intervalNanos;
        }
        producer.flush();
        awaitStored(ids, Duration.ofMinutes(5));
        System.out.printf("%-55s %7d events at %d/s; latency %s%n", "paced, " + label, ids.size(), rate, latencies(ids));
    }

    private UUID sendReport(int cluster) {
        List<Report> history = reports.computeIfAbsent(cluster, c -> new ArrayList<>());
        Report report;
        Map<String, Object> data = new LinkedHashMap<>();
        if (!history.isEmpty() && random.nextInt(10) == 0) {
            int index = random.nextInt(history.size());
            Report old = history.get(index);
            report = new Report(old.id(), old.unit(), old.version() + 1, figures());
            history.set(index, report);
            data.put("supersededVersion", old.version());
            data.put("supersededFigures", old.figures());
        } else {
            report = new Report(UUID.randomUUID(), unit(cluster, random.nextInt(8)), 1, figures());
            if (history.size() < 50_000) {
                history.add(report);
            }
            data.put("supersededVersion", null);
            data.put("supersededFigures", null);
        }
        data.put("reportId", report.id());
        data.put("version", report.version());
        data.put("unitCode", report.unit());
        data.put("clusterNumber", cluster);
        data.put("year", YEAR);
        data.put("period", Map.of("kind", "MONTH", "label", YEAR + "-03", "from", LocalDate.of(YEAR, 3, 1).toString(),
                "to", LocalDate.of(YEAR, 3, 31).toString()));
        data.put("figures", report.figures());
        data.put("models", List.of());
        data.put("submittedBy", "benchmark");
        data.put("submittedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        UUID eventId = UUID.randomUUID();
        String type = report.version() == 1 ? "report-submitted.v1" : "report-amended.v1";
        String value = envelope(eventId, type, "/report-service", data);
        sentAt.put(eventId, Instant.now());
        clusterOf.put(eventId, cluster);
        send("report-events", cluster, value);
        return eventId;
    }

    private Map<String, Long> figures() {
        Map<String, Long> f = new LinkedHashMap<>();
        for (String m : METRICS) {
            if (random.nextInt(4) != 0) {
                f.put(m, m.endsWith("Vnd") ? random.nextLong(1, 10_000_000_000L) : random.nextInt(1, 500));
            }
        }
        return f;
    }

    private void send(String topic, int cluster, String value) {
        producer.send(new ProducerRecord<>(topic, Integer.toString(cluster), value));
    }

    private static String unit(int cluster, int u) {
        return "BENCH-" + cluster + "-" + u;
    }

    private static String envelope(UUID id, String type, String source, Object data) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("specversion", "1.0");
        e.put("id", id.toString());
        e.put("source", source);
        e.put("type", type);
        e.put("subject", "benchmark");
        e.put("time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        e.put("datacontenttype", "application/json");
        e.put("data", data);
        try {
            return JSON.writeValueAsString(e);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Reads award-events from its end: each standings-updated.v1 names the event that caused it and when it was stored. */
    private Thread startReader() throws InterruptedException {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "standings-benchmark-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        AtomicBoolean ready = new AtomicBoolean();
        Thread t = new Thread(() -> {
            try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
                List<TopicPartition> parts = new ArrayList<>();
                while (parts.isEmpty()) {
                    c.partitionsFor("award-events", Duration.ofSeconds(10))
                            .forEach(pi -> parts.add(new TopicPartition(pi.topic(), pi.partition())));
                }
                c.assign(parts);
                c.seekToEnd(parts);
                parts.forEach(c::position);
                ready.set(true);
                while (reading.get()) {
                    for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(100))) {
                        if (!r.value().contains("standings-updated.v1")) {
                            continue;
                        }
                        JsonNode data = JSON.readTree(r.value()).path("data");
                        String cause = data.path("causeEventId").asText(null);
                        if (cause != null && !cause.isEmpty() && !"null".equals(cause)) {
                            storedAt.put(UUID.fromString(cause), OffsetDateTime.parse(data.path("calculatedAt").asText()).toInstant());
                        }
                    }
                }
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "award-events-reader");
        t.start();
        while (!ready.get()) {
            Thread.sleep(50);
        }
        return t;
    }

    /**
     * Waits until the last event of each cluster is stored. The service applies a poll's events
     * in one transaction and names the last event of each cluster as the cause, so an event's
     * standings were stored with the first named event of its cluster sent at or after it.
     */
    private Instant awaitStored(List<UUID> ids, Duration wait) throws InterruptedException {
        Map<Integer, List<UUID>> byCluster = new LinkedHashMap<>();
        for (UUID id : ids) {
            byCluster.computeIfAbsent(clusterOf.get(id), c -> new ArrayList<>()).add(id);
        }
        Instant deadline = Instant.now().plus(wait);
        while (!byCluster.values().stream().allMatch(l -> storedAt.containsKey(l.get(l.size() - 1)))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the last events were not applied in " + wait);
            }
            Thread.sleep(50);
        }
        for (List<UUID> list : byCluster.values()) {
            Instant carry = null;
            for (int i = list.size() - 1; i >= 0; i--) {
                Instant named = storedAt.get(list.get(i));
                if (named != null && (carry == null || named.isBefore(carry))) {
                    carry = named;
                }
                storedAt.putIfAbsent(list.get(i), carry);
            }
        }
        return ids.stream().map(storedAt::get).max(Instant::compareTo).orElseThrow();
    }

    private String latencies(List<UUID> ids) {
        long[] ms = ids.stream().mapToLong(id -> Duration.between(sentAt.get(id), storedAt.get(id)).toMillis()).toArray();
        Arrays.sort(ms);
        return String.format("p50 %d ms, p99 %d ms, max %d ms", ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.99) - 1],
                ms[ms.length - 1]);
    }
}
