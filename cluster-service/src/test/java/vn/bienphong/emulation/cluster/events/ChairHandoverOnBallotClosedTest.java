package vn.bienphong.emulation.cluster.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.cluster.persistence.ChairHandoverEntity;
import vn.bienphong.emulation.common.events.contract.BallotClosed;
import vn.bienphong.emulation.common.outbox.Outbox;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestEvents;
import vn.bienphong.emulation.infra.testing.TestTokens;

/** The second flow: award-service closes a ballot, cluster-service hands the chair flag over. */
@QuarkusTest
class ChairHandoverOnBallotClosedTest {

    private static final List<String> MEMBERS = List.of("BDBP-LANG-SON", "BDBP-CAO-BANG", "BDBP-QUANG-NINH", "BDBP-HAI-PHONG");

    @Inject
    DataSource dataSource;

    private int cluster;

    @BeforeEach
    void setUpCluster() {
        CleanDatabase.truncateAll(dataSource);
        cluster = 1 + (int) (Math.random() * 90);
        for (String code : MEMBERS) {
            given().body(java.util.Map.of("code", code, "name", "BĐBP " + code, "kind", "PROVINCIAL_COMMAND"))
                    .post("/api/v1/units").then().statusCode(201);
        }
        given().body(java.util.Map.of("code", "BDBP-THANH-HOA", "name", "BĐBP tỉnh Thanh Hóa", "kind", "PROVINCIAL_COMMAND"))
                .post("/api/v1/units").then().statusCode(201);
        given().body(java.util.Map.of("number", cluster, "name", "Cụm thi đua số " + cluster)).post("/api/v1/clusters").then().statusCode(201);
        given().body(java.util.Map.of("members", MEMBERS, "chairUnitCode", "BDBP-LANG-SON"))
                .put("/api/v1/clusters/{n}/years/2025", cluster).then().statusCode(201);
    }

    private static io.restassured.specification.RequestSpecification given() {
        return RestAssured.given().auth().oauth2(TestTokens.council()).contentType("application/json");
    }

    private String ballotClosed(UUID eventId, String nextChair) {
        BallotClosed data = new BallotClosed(UUID.randomUUID(), cluster, 2025, OffsetDateTime.now(), 4, 4,
                List.of(new BallotClosed.QuestionResult("q1", "AWARD", "Cờ thi đua của Bộ Quốc phòng", 1, new BigDecimal("0.5"),
                        List.of(new BallotClosed.CandidateResult("BDBP-CAO-BANG", 4, BigDecimal.ONE, true)), List.of("BDBP-CAO-BANG"))),
                nextChair);
        return TestEvents.envelope(eventId, "ballot-closed.v1", "/award-service", "cluster/" + cluster + "/2025", data);
    }

    private List<ChairHandoverEntity> handovers() {
        return QuarkusTransaction.requiringNew().call(() -> ChairHandoverEntity.ofCluster(cluster));
    }

    @Test
    void shouldHandTheFlagToTheElectedChairOnceEvenWhenTheEventComesTwice() {
        UUID eventId = UUID.randomUUID();
        String event = ballotClosed(eventId, "BDBP-QUANG-NINH");
        EventTopicReader.send("award-events", Integer.toString(cluster), event);
        EventTopicReader.send("award-events", Integer.toString(cluster), event);

        await().atMost(Duration.ofSeconds(20)).until(() -> handovers().size() == 1);
        given().get("/api/v1/clusters/{n}/chair?year=2026", cluster).then().statusCode(200)
                .body("unitCode", equalTo("BDBP-QUANG-NINH"));
        given().get("/api/v1/clusters/{n}/years/2026", cluster).then().statusCode(200).body("members", hasSize(4));

        List<ConsumerRecord<String, String>> published = EventTopicReader.read("cluster-events",
                v -> v.contains("chair-handed-over.v1") && v.contains("\"clusterNumber\":" + cluster + ","), 1, Duration.ofSeconds(20));
        assertThat(published).hasSize(1);
        assertThat(published.get(0).value()).contains("\"fromUnitCode\":\"BDBP-LANG-SON\"", "\"toUnitCode\":\"BDBP-QUANG-NINH\"",
                "\"trigger\":\"BALLOT_CLOSED\"");
        // a later event is applied, so the duplicate before it was seen and skipped
        EventTopicReader.send("award-events", Integer.toString(cluster), ballotClosed(UUID.randomUUID(), "BDBP-CAO-BANG"));
        await().atMost(Duration.ofSeconds(20)).until(() -> handovers().size() == 2);
        assertThat(handovers()).extracting(h -> h.outcome)
                .containsExactly(ChairHandoverEntity.Outcome.COMPLETED, ChairHandoverEntity.Outcome.FAILED);
    }

    @Inject
    Outbox outbox;

    @Test
    void shouldApplyABallotClosedEventAsTheOutboxRelaySendsIt() {
        // award-service's events reach us through the same relay, headers and all: publish one the way it does
        BallotClosed data = new BallotClosed(UUID.randomUUID(), cluster, 2025, OffsetDateTime.now(), 4, 4, List.of(), "BDBP-HAI-PHONG");
        QuarkusTransaction.requiringNew().run(() -> outbox.publish("award-events", Integer.toString(cluster),
                "ballot-closed.v1", "cluster/" + cluster + "/2025", data));

        await().atMost(Duration.ofSeconds(20)).until(() -> handovers().size() == 1);
        assertThat(handovers().get(0).outcome).isEqualTo(ChairHandoverEntity.Outcome.COMPLETED);
        assertThat(handovers().get(0).toUnitCode).isEqualTo("BDBP-HAI-PHONG");
    }

    @Test
    void shouldFollowTheRotationWhenTheBallotElectedNobody() {
        EventTopicReader.send("award-events", Integer.toString(cluster), ballotClosed(UUID.randomUUID(), null));
        await().atMost(Duration.ofSeconds(20)).until(() -> handovers().size() == 1);
        ChairHandoverEntity h = handovers().get(0);
        assertThat(h.outcome).isEqualTo(ChairHandoverEntity.Outcome.COMPLETED);
        assertThat(h.toUnitCode).isEqualTo("BDBP-CAO-BANG");
        assertThat(h.reason).isEqualTo("successor next in the rotation order");
    }

    @Test
    void shouldHandNoFlagOverForAVoidBallotNorForOneThatElectedNobodyWithoutAskingForTheRotation() {
        BallotClosed voided = new BallotClosed(UUID.randomUUID(), cluster, 2025, OffsetDateTime.now(), 4, 0, List.of(), null,
                true, 3, "NONE", "the ballot is void: the chair flag is not handed over");
        BallotClosed noneElected = new BallotClosed(UUID.randomUUID(), cluster, 2025, OffsetDateTime.now(), 4, 4, List.of(), null,
                false, 3, "NONE", "nobody was elected the next chair and the ballot did not ask for the rotation order");
        EventTopicReader.send("award-events", Integer.toString(cluster),
                TestEvents.envelope("ballot-closed.v1", "/award-service", "cluster/" + cluster + "/2025", voided));
        EventTopicReader.send("award-events", Integer.toString(cluster),
                TestEvents.envelope("ballot-closed.v1", "/award-service", "cluster/" + cluster + "/2025", noneElected));
        // a later event on the same partition is applied, so the two before it were seen and left the flag where it was
        EventTopicReader.send("award-events", Integer.toString(cluster), ballotClosed(UUID.randomUUID(), null));
        await().atMost(Duration.ofSeconds(20)).until(() -> handovers().size() == 1);
        assertThat(handovers().get(0).reason).isEqualTo("successor next in the rotation order");
        assertThat(handovers().get(0).triggerReference).doesNotContain(voided.ballotId().toString())
                .doesNotContain(noneElected.ballotId().toString());
    }

    @Test
    void shouldRecordAFailedHandoverToAUnitThatIsNotAMember() {
        EventTopicReader.send("award-events", Integer.toString(cluster), ballotClosed(UUID.randomUUID(), "BDBP-THANH-HOA"));
        await().atMost(Duration.ofSeconds(20)).until(() -> handovers().size() == 1);

        given().get("/api/v1/clusters/{n}/handovers", cluster).then().statusCode(200)
                .body("items[0].outcome", equalTo("FAILED"))
                .body("items[0].toUnitCode", equalTo("BDBP-THANH-HOA"))
                .body("items[0].reason", equalTo("BDBP-THANH-HOA is not a member of cluster " + cluster + " in 2026"));
        given().get("/api/v1/clusters/{n}/chair", cluster).then().statusCode(200).body("year", equalTo(2025))
                .body("unitCode", equalTo("BDBP-LANG-SON"));
        assertThat(EventTopicReader.read("cluster-events",
                v -> v.contains("chair-handover-failed.v1") && v.contains("\"clusterNumber\":" + cluster + ","), 1, Duration.ofSeconds(20)))
                .hasSize(1);
    }

    @Test
    void shouldMovePoisonMessagesToTheDeadLetterTopicAndGoOn() {
        String marker = UUID.randomUUID().toString();
        EventTopicReader.send("award-events", Integer.toString(cluster), "{not json " + marker);
        EventTopicReader.send("award-events", Integer.toString(cluster),
                TestEvents.envelope("ballot-reopened.v7", "/award-service", marker, java.util.Map.of("x", 1)));
        EventTopicReader.send("award-events", Integer.toString(cluster), ballotClosed(UUID.randomUUID(), "BDBP-HAI-PHONG"));

        await().atMost(Duration.ofSeconds(20)).until(() -> handovers().size() == 1);
        assertThat(handovers().get(0).toUnitCode).isEqualTo("BDBP-HAI-PHONG");
        List<ConsumerRecord<String, String>> dead = EventTopicReader.read("award-events.dlq.cluster-service",
                v -> v.contains(marker), 2, Duration.ofSeconds(20));
        assertThat(dead).hasSize(2);
        assertThat(dead).allSatisfy(r -> assertThat(r.headers().lastHeader("dead-letter-reason")).isNotNull());
        assertThat(new String(dead.get(1).headers().lastHeader("dead-letter-reason").value()))
                .contains("unknown event type ballot-reopened.v7");
    }
}
