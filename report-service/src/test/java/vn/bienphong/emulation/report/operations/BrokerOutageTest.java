package vn.bienphong.emulation.report.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.bienphong.emulation.report.api.Fixtures.asSystem;
import static vn.bienphong.emulation.report.api.Fixtures.month;
import static vn.bienphong.emulation.report.api.Fixtures.report;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.common.outbox.RelayWorker;
import vn.bienphong.emulation.infra.KafkaBroker;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.KafkaTestResource;
import vn.bienphong.emulation.report.api.Fixtures;
import vn.bienphong.emulation.report.service.RosterService;

/**
 * A broker outage while reports arrive, on the real broker stopped and started again: every report
 * is accepted, readiness stays up (degraded), the outbox shows the backlog, the relay logs the
 * outage once when it starts and once when it ends, and afterwards each event is on the topic once
 * or twice at most, in the order of the outbox. Measured here: 200 reports during a 15 s outage
 * (longer than the test producer's 4 s delivery timeout, so the relay goes through failed rounds
 * and backoff as in a 2-minute outage with the 30 s production timeout): 200 records for 200
 * events, one outage warning, one recovery line.
 */
@QuarkusTest
class BrokerOutageTest {

    private static final int REPORTS = 200;
    private static final Duration OUTAGE = Duration.ofSeconds(15);

    @Inject
    DataSource dataSource;
    @Inject
    RosterService roster;

    @BeforeEach
    void rosters() {
        Fixtures.cleanWithRosters(dataSource, roster);
        for (int year = 2021; year <= 2024; year++) {
            Fixtures.applyMembership(roster, Fixtures.membership(1, year, Fixtures.CLUSTER_1_2025));
        }
    }

    @Test
    void shouldHoldTheReportsOfAnOutageAndSendEachEventOnceOrTwiceAfterIt() throws Exception {
        KafkaBroker broker = KafkaTestResource.embeddedBroker().orElse(null);
        assumeTrue(broker != null, "the outage is rehearsed on the embedded broker only");
        List<LogRecord> relayLog = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                    relayLog.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger relayLogger = Logger.getLogger(RelayWorker.class.getName());
        relayLogger.addHandler(capture);
        List<String> reportIds = new ArrayList<>();
        long stoppedAt = System.nanoTime();
        broker.stop();
        try {
            int n = 0;
            for (int year = 2021; year <= 2025 && n < REPORTS; year++) {
                for (String unit : Fixtures.CLUSTER_1_2025) {
                    for (int m = 1; m <= 12 && n < REPORTS; m++, n++) {
                        reportIds.add(asSystem().body(report(unit, 1, year, month(year, m), Map.of("borderPatrols", n + 1)))
                                .post("/api/v1/reports").then().statusCode(201).extract().path("id"));
                    }
                }
            }
            assertThat(reportIds).hasSize(REPORTS);
            await().atMost(Duration.ofSeconds(10)).until(() -> waiting() == REPORTS);

            // the instance stays ready while it still accepts reports; its readiness says why it is degraded
            await().atMost(Duration.ofSeconds(10)).until(() -> metricValue(RestAssured.get("/q/metrics").asString(),
                    "emulation_outbox_relay_outage") == 1);
            JsonPath ready = RestAssured.get("/q/health/ready").then().statusCode(200).extract().jsonPath();
            Map<String, Object> outbox = ready.getMap("checks.find { it.name == 'outbox' }.data");
            assertThat(outbox.get("state")).isEqualTo("degraded");
            assertThat(outbox.get("brokerOutage")).isEqualTo(true);
            assertThat(((Number) outbox.get("waiting")).intValue()).isEqualTo(REPORTS);
            String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metricValue(metrics, "emulation_outbox_waiting")).isEqualTo(REPORTS);
            assertThat(metricValue(metrics, "emulation_outbox_oldest_age_seconds")).isGreaterThanOrEqualTo(0);

            long left = OUTAGE.toMillis() - Duration.ofNanos(System.nanoTime() - stoppedAt).toMillis();
            if (left > 0) {
                Thread.sleep(left);
            }
        } finally {
            broker.start();
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> waiting() == 0);
        relayLogger.removeHandler(capture);

        Map<String, Integer> copies = new LinkedHashMap<>();
        List<String> firstSeen = new ArrayList<>();
        for (ConsumerRecord<String, String> r : EventTopicReader.readAll("report-events", Duration.ofSeconds(30))) {
            String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.value()).path("id").asText();
            if (copies.merge(id, 1, Integer::sum) == 1) {
                firstSeen.add(id);
            }
        }
        List<String> ours = eventIdsInOutboxOrder();
        assertThat(ours).hasSize(REPORTS);
        int records = ours.stream().mapToInt(id -> copies.getOrDefault(id, 0)).sum();
        int most = ours.stream().mapToInt(id -> copies.getOrDefault(id, 0)).max().orElse(0);
        System.out.printf("[broker outage] %d reports during a %d s outage: %d records on report-events (%d copies of one event at most)%n",
                REPORTS, OUTAGE.toSeconds(), records, most);
        assertThat(ours).allSatisfy(id -> assertThat(copies.getOrDefault(id, 0)).as("copies of event " + id).isBetween(1, 2));
        assertThat(records).isLessThanOrEqualTo(2 * REPORTS);
        assertThat(firstSeen.stream().filter(ours::contains).toList()).as("first copies in the outbox's order").isEqualTo(ours);

        List<String> warnings = messages(relayLog, Level.WARNING);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("Kafka does not take events").contains("held back in the outbox").doesNotContain("null");
        List<String> recoveries = messages(relayLog, Level.INFO).stream().filter(m -> m.contains("Kafka takes events again")).toList();
        assertThat(recoveries).hasSize(1);
        assertThat(recoveries.get(0)).contains("failed sends during it").doesNotContain("null");
    }

    private static List<String> messages(List<LogRecord> records, Level level) {
        List<String> found = new ArrayList<>();
        synchronized (records) {
            for (LogRecord r : records) {
                if (r.getLevel().equals(level)) {
                    found.add(r instanceof org.jboss.logmanager.ExtLogRecord ext ? ext.getFormattedMessage()
                            : new java.util.logging.SimpleFormatter().formatMessage(r));
                }
            }
        }
        return found;
    }

    private long waiting() {
        return query("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND topic = 'report-events'").stream()
                .findFirst().map(Long::parseLong).orElse(-1L);
    }

    private List<String> eventIdsInOutboxOrder() {
        return query("SELECT event_id FROM outbox_event WHERE topic = 'report-events' ORDER BY seq");
    }

    private List<String> query(String sql) {
        List<String> rows = new ArrayList<>();
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The value of an untagged (or first tagged) sample of a Prometheus metric. */
    static double metricValue(String metrics, String name) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no metric " + name);
    }
}
