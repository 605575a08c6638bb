package vn.bienphong.emulation.report.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.bienphong.emulation.report.api.Fixtures.asSystem;
import static vn.bienphong.emulation.report.api.Fixtures.month;
import static vn.bienphong.emulation.report.api.Fixtures.report;
import static vn.bienphong.emulation.report.operations.BrokerOutageTest.metricValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.inbox.ConsumerLag;
import vn.bienphong.emulation.common.outbox.OutboxRelay;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestEvents;
import vn.bienphong.emulation.report.api.Fixtures;
import vn.bienphong.emulation.report.service.RollupService;
import vn.bienphong.emulation.report.service.RosterService;

/** What an operator reads: meters at /q/metrics, the outbox readiness check, traces carried into Kafka; and the nightly job run once. */
@QuarkusTest
class OperationsTest {

    @Inject
    DataSource dataSource;
    @Inject
    RosterService roster;
    @Inject
    OutboxRelay relay;
    @Inject
    RollupService rollups;
    @Inject
    ConsumerLag lag;

    @BeforeEach
    void rosters() {
        Fixtures.cleanWithRosters(dataSource, roster);
    }

    @Test
    void shouldShowTheOutboxTheConsumersAndTheDeadLettersInTheMeters() {
        asSystem().body(report("BDBP-LANG-SON", 1, 2025, month(2025, 1), Map.of("borderPatrols", 12))).post("/api/v1/reports")
                .then().statusCode(201);
        EventTopicReader.send("cluster-events", "11", TestEvents.envelope(EventTypes.MEMBERSHIP_CHANGED, "/cluster-service",
                "cluster/11/2036", Fixtures.membership(11, 2036, List.of("BDBP-KIEN-GIANG"))));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(sample(metrics, "emulation_outbox_sent_total", "topic=\"report-events\"")).isGreaterThanOrEqualTo(1);
            assertThat(metricValue(metrics, "emulation_outbox_waiting")).isZero();
            assertThat(metricValue(metrics, "emulation_outbox_oldest_age_seconds")).isZero();
            assertThat(metricValue(metrics, "emulation_outbox_relay_leader")).isEqualTo(1);
            assertThat(sample(metrics, "emulation_events_applied_total", "consumer=\"report-service.roster\"")).isGreaterThanOrEqualTo(1);
            assertThat(lag.measure()).containsEntry("cluster-events", 0.0);
            assertThat(sample(metrics, "emulation_consumer_lag", "topic=\"cluster-events\"")).isNotNaN();
            assertThat(metricValue(metrics, "emulation_dead_letters_waiting")).isZero();
        });
    }

    @Test
    void shouldStayReadyWithABacklogAndGoUnreadyOnlyWhenItIsOlderThanTheLimit() throws Exception {
        relay.suspend(); // nobody relays: the outbox only fills
        UUID id = UUID.randomUUID();
        try {
            execute("INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, occurred_at) "
                    + "VALUES ('" + id + "', 'report-events', '1', 'report-submitted.v1', '{}', now() - interval '1 minute')");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                var answer = RestAssured.get("/q/health/ready");
                assertThat(answer.statusCode()).isEqualTo(200);
                JsonPath ready = answer.jsonPath();
                assertThat(ready.getString("checks.find { it.name == 'outbox' }.status")).isEqualTo("UP");
                assertThat(ready.getString("checks.find { it.name == 'outbox' }.data.state")).isEqualTo("degraded");
                assertThat(ready.getInt("checks.find { it.name == 'outbox' }.data.waiting")).isEqualTo(1);
            });

            execute("UPDATE outbox_event SET occurred_at = now() - interval '10 minutes' WHERE event_id = '" + id + "'");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                var answer = RestAssured.get("/q/health/ready");
                assertThat(answer.statusCode()).isEqualTo(503);
                JsonPath ready = answer.jsonPath();
                assertThat(ready.getString("checks.find { it.name == 'outbox' }.status")).isEqualTo("DOWN");
                assertThat(ready.getString("checks.find { it.name == 'outbox' }.data.state")).isEqualTo("stalled");
                assertThat(ready.getLong("checks.find { it.name == 'outbox' }.data.oldestAgeSeconds")).isGreaterThanOrEqualTo(600);
            });
            RestAssured.get("/q/health/live").then().statusCode(200);
        } finally {
            execute("DELETE FROM outbox_event WHERE event_id = '" + id + "'");
            relay.resume();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> RestAssured.get("/q/health/ready").statusCode() == 200);
    }

    @Test
    void shouldCarryTheRequestsTraceIntoTheEventsKafkaHeaders() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String traceparent = "00-" + traceId + "-" + traceId.substring(0, 16) + "-01";
        String reportId = asSystem().header("traceparent", traceparent)
                .body(report("BDBP-CAO-BANG", 1, 2025, month(2025, 2), Map.of("borderPatrols", 7))).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> sent = EventTopicReader.read("report-events", v -> v.contains(reportId), 1, Duration.ofSeconds(20));
        assertThat(sent).hasSize(1);
        String carried = new String(sent.get(0).headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8);
        assertThat(carried).startsWith("00-" + traceId + "-");
    }

    @Test
    void shouldTakeTheNightlyRollupOnceWhateverTheNumberOfInstances() throws Exception {
        asSystem().body(report("BDBP-LANG-SON", 1, 2025, month(2025, 3), Map.of("borderPatrols", 3))).post("/api/v1/reports")
                .then().statusCode(201);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Optional<RollupService.Taken>> runs = new ArrayList<>();
        try {
            List<Future<Optional<RollupService.Taken>>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Optional<RollupService.Taken>> scheduler = () -> {
                    together.await();
                    return rollups.nightlyRollup();
                };
                futures.add(instances.submit(scheduler));
            }
            for (Future<Optional<RollupService.Taken>> f : futures) {
                runs.add(f.get());
            }
        } finally {
            instances.shutdownNow();
        }
        assertThat(runs.stream().filter(Optional::isPresent).count()).isEqualTo(1);
        assertThat(runs.stream().filter(Optional::isPresent).findFirst().orElseThrow().orElseThrow().created()).isTrue();
        assertThat(count("SELECT count(*) FROM job_run WHERE job_name = 'nightly-rollup'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM rollup_snapshot")).isEqualTo(1);
    }

    private static double sample(String metrics, String name, String tag) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") && line.contains(tag)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no sample of " + name + " with " + tag);
    }

    private void execute(String sql) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String sql) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
