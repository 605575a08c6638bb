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
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestEvents;
import vn.bienphong.emulation.report.api.Fixtures;
import vn.bienphong.emulation.report.service.RosterCache;

@QuarkusTest
class ClusterEventsListenerTest {

    @Inject
    DataSource dataSource;
    @Inject
    RosterCache rosterCache;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource, "metric_definition");
        rosterCache.reload();
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
        await().atMost(Duration.ofSeconds(20)).until(() -> count("SELECT count(*) FROM roster_member WHERE cluster_number = 7 AND year = 2033") == 1);
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
