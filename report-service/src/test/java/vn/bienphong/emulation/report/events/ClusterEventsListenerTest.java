package vn.bienphong.emulation.report.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.bienphong.emulation.report.api.Fixtures.asSystem;
import static vn.bienphong.emulation.report.api.Fixtures.month;
import static vn.bienphong.emulation.report.api.Fixtures.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.DatabaseFaults;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestEvents;
import vn.bienphong.emulation.report.api.Fixtures;

@QuarkusTest
class ClusterEventsListenerTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource, "metric_definition");
    }

    @Test
    void shouldFollowMembershipEventsWithinSeconds() {
        int year = 2031;
        Map<String, Object> body = report("BDBP-SON-LA", 2, year, month(year, 1), Map.of("borderPatrols", 3));
        asSystem().body(body).post("/api/v1/reports").then().statusCode(422);

        send(UUID.randomUUID(), Fixtures.membership(2, year, List.of("BDBP-SON-LA", "BDBP-DIEN-BIEN")));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                asSystem().body(body).post("/api/v1/reports").then().statusCode(201));

        // the membership is replaced whole: Sơn La leaves cluster 2 for cluster 1
        send(UUID.randomUUID(), Fixtures.membership(2, year, List.of("BDBP-DIEN-BIEN")));
        send(UUID.randomUUID(), Fixtures.membership(1, year, List.of("BDBP-SON-LA")));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                asSystem().body(report("BDBP-SON-LA", 1, year, month(year, 2), Map.of("borderPatrols", 3)))
                        .post("/api/v1/reports").then().statusCode(201));
        asSystem().body(report("BDBP-SON-LA", 2, year, month(year, 3), Map.of("borderPatrols", 3)))
                .post("/api/v1/reports").then().statusCode(422);
        assertThat(count("SELECT count(*) FROM roster_member WHERE year = " + year)).isEqualTo(2);
    }

    @Test
    void shouldApplyARedeliveredEventOnceAndSkipOtherTypes() {
        UUID id = UUID.randomUUID();
        send(id, Fixtures.membership(5, 2032, List.of("BDBP-KON-TUM", "BDBP-GIA-LAI")));
        send(id, Fixtures.membership(5, 2032, List.of("BDBP-KON-TUM", "BDBP-GIA-LAI", "BDBP-DAK-LAK")));
        EventTopicReader.send("cluster-events", "5", TestEvents.envelope(EventTypes.CHAIR_ASSIGNED, "/cluster-service",
                "cluster/5/2032", Map.of("clusterNumber", 5, "year", 2032, "chairUnitCode", "BDBP-KON-TUM")));
        UUID marker = UUID.randomUUID();
        send(marker, Fixtures.membership(6, 2032, List.of("BDBP-DAK-NONG")));

        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM processed_event WHERE event_id = '" + marker + "'") == 1);
        assertThat(count("SELECT count(*) FROM roster_member WHERE cluster_number = 5 AND year = 2032")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = '" + id + "'")).isEqualTo(1);
    }

    @Test
    void shouldMovePoisonMessagesToTheDeadLetterTopicAndGoOn() {
        String poison = "{not json at all " + UUID.randomUUID();
        EventTopicReader.send("cluster-events", "7", poison);
        String unknownType = TestEvents.envelope("cluster-exploded.v9", "/cluster-service", "cluster/7", Map.of("x", 1));
        EventTopicReader.send("cluster-events", "7", unknownType);
        UUID after = UUID.randomUUID();
        send(after, Fixtures.membership(7, 2033, List.of("BDBP-AN-GIANG")));

        var dead = EventTopicReader.read("cluster-events.dlq.report-service",
                v -> v.equals(poison) || v.equals(unknownType), 2, Duration.ofSeconds(30));
        assertThat(dead).hasSize(2);
        assertThat(dead).allSatisfy(r -> assertThat(r.headers().lastHeader("dead-letter-reason")).isNotNull());
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM roster_member WHERE cluster_number = 7 AND year = 2033") == 1);
        assertThat(count("SELECT count(*) FROM dead_letter WHERE consumer = 'report-service.roster' AND status = 'WAITING'")).isEqualTo(2);
    }

    @Test
    void shouldReadAMembershipEventWithFieldsItDoesNotKnow() {
        // a newer cluster-service may add optional fields to membership-changed.v1: older consumers read on
        Map<String, Object> member = new java.util.LinkedHashMap<>();
        member.put("unitCode", "BDBP-LAI-CHAU");
        member.put("unitName", "BĐBP tỉnh Lai Châu");
        member.put("borderLengthKm", 273);
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("clusterNumber", 9);
        data.put("clusterName", "Cụm thi đua số 9");
        data.put("year", 2034);
        data.put("theme", "Quyết thắng");
        data.put("members", List.of(member));
        data.put("rotationOrder", List.of("BDBP-LAI-CHAU"));
        data.put("chairUnitCode", "BDBP-LAI-CHAU");
        data.put("deputyChairUnitCode", null);
        data.put("flagColour", "đỏ");
        String envelope = TestEvents.envelope(EventTypes.MEMBERSHIP_CHANGED, "/cluster-service", "cluster/9/2034", data)
                .replaceFirst("\\{", "{\"partitionkey\":\"9\",");
        EventTopicReader.send("cluster-events", "9", envelope);

        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM roster_member WHERE cluster_number = 9 AND year = 2034") == 1);
        assertThat(count("SELECT count(*) FROM dead_letter")).isZero();
    }

    @Test
    void shouldRetryATransientDatabaseFailureAndNeverDeadLetterIt() throws Exception {
        UUID id = UUID.randomUUID();
        try (var blocker = dataSource.getConnection(); var s = blocker.createStatement()) {
            // the consumer's transaction waits on a lock, and the server ends its session under it (as in a failover), twice
            blocker.setAutoCommit(false);
            s.execute("LOCK TABLE processed_event IN EXCLUSIVE MODE");
            send(id, Fixtures.membership(8, 2035, List.of("BDBP-DIEN-BIEN", "BDBP-SON-LA")));
            assertThat(DatabaseFaults.endSessionsWaitingOnLock(dataSource, "INSERT INTO processed_event", Duration.ofSeconds(20))).isPositive();
            assertThat(DatabaseFaults.endSessionsWaitingOnLock(dataSource, "INSERT INTO processed_event", Duration.ofSeconds(20))).isPositive();
            blocker.rollback();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> count("SELECT count(*) FROM processed_event WHERE event_id = '" + id + "'") == 1);
        assertThat(count("SELECT count(*) FROM roster_member WHERE cluster_number = 8 AND year = 2035")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM dead_letter")).isZero();
        assertThat(EventTopicReader.read("cluster-events.dlq.report-service", v -> v.contains(id.toString()), 1, Duration.ofSeconds(3))).isEmpty();
    }

    private static void send(UUID id, Object membership) {
        var m = (vn.bienphong.emulation.common.events.contract.MembershipChanged) membership;
        EventTopicReader.send("cluster-events", Integer.toString(m.clusterNumber()),
                TestEvents.envelope(id, EventTypes.MEMBERSHIP_CHANGED, "/cluster-service", "cluster/" + m.clusterNumber() + "/" + m.year(), m));
    }

    private long count(String sql) {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
