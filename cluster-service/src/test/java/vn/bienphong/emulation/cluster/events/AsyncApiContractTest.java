package vn.bienphong.emulation.cluster.events;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.Topics;
import vn.bienphong.emulation.common.events.contract.BallotClosed;
import vn.bienphong.emulation.infra.testing.AsyncApiContract;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestEvents;
import vn.bienphong.emulation.infra.testing.TestTokens;

/**
 * cluster-service's events keep to docs/asyncapi.yaml: the test makes it publish every type it publishes,
 * through its API (and a closed ballot from award-events), reads the records off the broker and validates
 * each one (headers, key, envelope and data) against the schema of its type.
 */
@QuarkusTest
class AsyncApiContractTest {

    private static final int CLUSTER = 95;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    private static RequestSpecification asCouncil() {
        return RestAssured.given().auth().oauth2(TestTokens.council()).contentType("application/json");
    }

    @Test
    void shouldPublishEveryTypeAsTheAsyncApiDocumentDescribesIt() {
        var start = EventTopicReader.endOffsets(Topics.CLUSTER_EVENTS);
        List<String> members = List.of("BDBP-HA-GIANG", "BDBP-LAO-CAI", "BDBP-LAI-CHAU");
        Map<String, String> names = Map.of("BDBP-HA-GIANG", "BĐBP tỉnh Hà Giang", "BDBP-LAO-CAI", "BĐBP tỉnh Lào Cai",
                "BDBP-LAI-CHAU", "BĐBP tỉnh Lai Châu");
        members.forEach(code -> asCouncil().body(Map.of("code", code, "name", names.get(code), "kind", "PROVINCIAL_COMMAND"))
                .post("/api/v1/units").then().statusCode(201));
        asCouncil().body(Map.of("name", "BĐBP tỉnh Tuyên Quang", "kind", "PROVINCIAL_COMMAND"))
                .put("/api/v1/units/{code}", "BDBP-HA-GIANG").then().statusCode(200);
        asCouncil().body(Map.of("number", CLUSTER, "name", "Cụm thi đua số " + CLUSTER + " BĐBP")).post("/api/v1/clusters")
                .then().statusCode(201);
        asCouncil().body(Map.of("theme", "Dân chủ, đoàn kết, kỷ cương, sáng tạo, quyết thắng", "members", members,
                        "chairUnitCode", "BDBP-HA-GIANG", "deputyChairUnitCode", "BDBP-LAO-CAI"))
                .put("/api/v1/clusters/{n}/years/2025", CLUSTER).then().statusCode(201);
        asCouncil().body(Map.of("fromYear", 2025, "toUnitCode", "BDBP-LAO-CAI", "reference", "Hội nghị tổng kết 26/09/2025"))
                .post("/api/v1/clusters/{n}/handovers", CLUSTER).then().statusCode(201);
        // a closed ballot of a year the cluster was never set up for: the handover fails and is published
        BallotClosed ballot = new BallotClosed(UUID.randomUUID(), CLUSTER, 2024, OffsetDateTime.now(), 3, 3,
                List.of(new BallotClosed.QuestionResult("chair", "NEXT_CHAIR", null, 1, new BigDecimal("0.5"),
                        List.of(new BallotClosed.CandidateResult("BDBP-LAI-CHAU", 3, BigDecimal.ONE, true)), List.of("BDBP-LAI-CHAU"))),
                "BDBP-LAI-CHAU");
        EventTopicReader.send(Topics.AWARD_EVENTS, Integer.toString(CLUSTER),
                TestEvents.envelope(EventTypes.BALLOT_CLOSED, "/award-service", "cluster/" + CLUSTER + "/2024", ballot));

        var published = AsyncApiContract.awaitPublished(Topics.CLUSTER_EVENTS, start, Set.of(EventTypes.UNIT_REGISTERED,
                EventTypes.UNIT_UPDATED, EventTypes.MEMBERSHIP_CHANGED, EventTypes.CHAIR_ASSIGNED, EventTypes.CHAIR_HANDED_OVER,
                EventTypes.CHAIR_HANDOVER_FAILED), Duration.ofSeconds(30));

        AsyncApiContract.load().assertConform(published);
    }
}
