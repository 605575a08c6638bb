package vn.bienphong.emulation.award.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.bienphong.emulation.award.Fixtures.asCouncil;
import static vn.bienphong.emulation.award.Fixtures.awaitStandings;
import static vn.bienphong.emulation.award.Fixtures.figures;
import static vn.bienphong.emulation.award.Fixtures.report;
import static vn.bienphong.emulation.award.Fixtures.reportEvent;
import static vn.bienphong.emulation.award.Fixtures.scoreOf;
import static vn.bienphong.emulation.award.Fixtures.send;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.award.Fixtures;
import vn.bienphong.emulation.award.events.ReportEventsListener;
import vn.bienphong.emulation.common.events.Topics;
import vn.bienphong.emulation.common.inbox.DeadLetters;
import vn.bienphong.emulation.common.inbox.IncomingRecord;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.DatabaseFaults;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestEvents;
import vn.bienphong.emulation.infra.testing.TestTokens;

/**
 * Failures told apart on award-service's batch consumer of report-events, dead letters listed and
 * replayed by the council through the API, the meters of the standings path, and a trace that
 * runs from a report event into the standings-updated event it causes.
 */
@QuarkusTest
class DeadLettersAndOperationsTest {

    private static final int YEAR = 2025;

    @Inject
    DataSource dataSource;
    @Inject
    DeadLetters deadLetters;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    @Test
    void shouldRetryATransientDatabaseFailureOfABatchAndNeverDeadLetterIt() throws Exception {
        int cluster = 71;
        Fixtures.roster(cluster, YEAR, "LS", "LS", "CB");
        Fixtures.pact(cluster, YEAR);
        UUID eventId = UUID.randomUUID();
        try (Connection blocker = dataSource.getConnection(); Statement s = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            s.execute("LOCK TABLE processed_event IN EXCLUSIVE MODE");
            send(cluster, reportEvent(eventId, report(UUID.randomUUID(), 1, "CB", cluster, YEAR, figures("borderPatrols", 500), null)));
            // the server ends the consumer's session while its transaction waits (as in a failover)
            assertThat(DatabaseFaults.endSessionsWaitingOnLock(dataSource, "INSERT INTO processed_event", Duration.ofSeconds(20))).isPositive();
            blocker.rollback();
        }
        JsonPath s = awaitStandings(cluster, YEAR, j -> scoreOf(j, "CB").signum() > 0);
        assertThat(scoreOf(s, "CB")).isEqualByComparingTo("30.00");
        assertThat(count("SELECT count(*) FROM dead_letter")).isZero();
        assertThat(EventTopicReader.read("report-events.dlq.award-service", v -> v.contains(eventId.toString()), 1, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void shouldListDeadLettersAndReplayThemThroughTheApi() {
        int cluster = 72;
        Fixtures.roster(cluster, YEAR, "LS", "LS", "CB");
        Fixtures.pact(cluster, YEAR);
        String marker = UUID.randomUUID().toString();
        String poison = "{not json " + marker;
        send(cluster, poison);
        awaitDeadLetters(1);

        // a good event that a fault (since fixed) made a dead letter, recorded as the consumer records one
        UUID goodEvent = UUID.randomUUID();
        String good = reportEvent(goodEvent, report(UUID.randomUUID(), 1, "LS", cluster, YEAR, figures("borderPatrols", 1000), null));
        deadLetters.record(ReportEventsListener.CONSUMER, new IncomingRecord(Topics.REPORT_EVENTS, 0, 999_999, Integer.toString(cluster), good, Map.of()),
                "IllegalStateException: a fault since fixed");

        JsonPath list = asCouncil().get("/api/v1/dead-letters?status=WAITING").then().statusCode(200).extract().jsonPath();
        assertThat(list.getInt("totalItems")).isEqualTo(2);
        assertThat(list.getList("items.topic")).containsOnly("report-events");
        assertThat(list.getList("items.key")).containsOnly(Integer.toString(cluster));
        assertThat(list.getString("items[0].payload")).isEqualTo(poison);
        assertThat(list.getString("items[0].reason")).contains("not a JSON event envelope");
        assertThat(list.getString("items[0].failedAt")).isNotBlank();
        assertThat(list.getString("items[1].eventId")).isEqualTo(goodEvent.toString());
        String poisonId = list.getString("items[0].id");
        String goodId = list.getString("items[1].id");
        asCouncil().get("/api/v1/dead-letters/{id}", goodId).then().statusCode(200);
        RestAssured.given().auth().oauth2(TestTokens.viewer()).get("/api/v1/dead-letters").then().statusCode(403);
        asCouncil().get("/api/v1/dead-letters?status=LOST").then().statusCode(400).contentType("application/problem+json");

        JsonPath replayed = asCouncil().post("/api/v1/dead-letters/{id}/replay", goodId).then().statusCode(200).extract().jsonPath();
        assertThat(replayed.getBoolean("applied")).isTrue();
        assertThat(replayed.getString("deadLetter.status")).isEqualTo("REPLAYED");
        assertThat(replayed.getString("deadLetter.replayedBy")).isEqualTo("council-officer");
        assertThat(scoreOf(Fixtures.standings(cluster, YEAR), "LS")).isEqualByComparingTo("60.00");
        asCouncil().post("/api/v1/dead-letters/{id}/replay", goodId).then().statusCode(409);

        JsonPath all = asCouncil().post("/api/v1/dead-letters/replay").then().statusCode(200).extract().jsonPath();
        assertThat(all.getInt("replayed")).isZero();
        assertThat(all.getInt("stillFailing")).isEqualTo(1);
        JsonPath stillThere = asCouncil().get("/api/v1/dead-letters/{id}", poisonId).then().statusCode(200).extract().jsonPath();
        assertThat(stillThere.getString("status")).isEqualTo("WAITING");
        assertThat(stillThere.getInt("replayAttempts")).isEqualTo(1);
        assertThat(stillThere.getString("reason")).contains("replay by council-officer failed");

        List<ConsumerRecord<String, String>> onTopic = EventTopicReader.read("report-events.dlq.award-service",
                v -> v.contains(marker), 1, Duration.ofSeconds(20));
        assertThat(new String(onTopic.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("not a JSON event envelope");
    }

    @Test
    void shouldCarryAReportEventsTraceIntoTheStandingsItMoves() {
        int cluster = 73;
        Fixtures.roster(cluster, YEAR, "LS", "LS", "CB");
        String traceId = UUID.randomUUID().toString().replace("-", "");
        UUID eventId = UUID.randomUUID();
        EventTopicReader.send(Topics.REPORT_EVENTS, Integer.toString(cluster),
                reportEvent(eventId, report(UUID.randomUUID(), 1, "CB", cluster, YEAR, figures("borderPatrols", 10), null)),
                Map.of("traceparent", "00-" + traceId + "-" + traceId.substring(16) + "-01"));

        List<ConsumerRecord<String, String>> updated = EventTopicReader.read("award-events",
                v -> v.contains("standings-updated.v1") && v.contains(eventId.toString()), 1, Duration.ofSeconds(20));
        assertThat(updated).hasSize(1);
        assertThat(new String(updated.get(0).headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .startsWith("00-" + traceId + "-");
        assertThat(query("SELECT trace_id FROM processed_event WHERE event_id = '" + eventId + "'")).isEqualTo(traceId);
    }

    @Test
    void shouldShowTheStandingsPathInTheMeters() {
        int cluster = 74;
        Fixtures.roster(cluster, YEAR, "LS", "LS", "CB");
        send(cluster, reportEvent(UUID.randomUUID(), report(UUID.randomUUID(), 1, "LS", cluster, YEAR, figures("borderPatrols", 10), null)));
        awaitStandings(cluster, YEAR, j -> scoreOf(j, "LS").signum() > 0);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(sample(metrics, "emulation_standings_latency_seconds_count")).isGreaterThanOrEqualTo(1);
            assertThat(sample(metrics, "emulation_events_applied_total{consumer=\"award-service.standings\"")).isGreaterThanOrEqualTo(1);
            assertThat(sample(metrics, "emulation_outbox_sent_total{topic=\"award-events\"")).isGreaterThanOrEqualTo(1);
            assertThat(sample(metrics, "emulation_consumer_lag{group=\"award-service\",topic=\"report-events\"")).isZero();
            assertThat(sample(metrics, "emulation_rebuild_running")).isZero();
            assertThat(metrics).contains("emulation_rebuild_events_read").contains("emulation_rebuild_clusters_rebuilt")
                    .contains("emulation_dead_letters_waiting").contains("emulation_outbox_oldest_age_seconds");
        });
        JsonPath ready = RestAssured.get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertThat(ready.getString("checks.find { it.name == 'outbox' }.status")).isEqualTo("UP");
        assertThat(ready.getBoolean("checks.find { it.name == 'outbox' }.data.relaysHere")).isTrue();
    }

    private void awaitDeadLetters(int n) {
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM dead_letter") >= n);
    }

    private static double sample(String metrics, String prefix) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(prefix) && !line.startsWith("#")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no sample " + prefix);
    }

    private long count(String sql) {
        return Long.parseLong(query(sql));
    }

    private String query(String sql) {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
