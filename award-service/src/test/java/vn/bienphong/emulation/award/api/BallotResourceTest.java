package vn.bienphong.emulation.award.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.bienphong.emulation.award.Fixtures.as;
import static vn.bienphong.emulation.award.Fixtures.asCouncil;
import static vn.bienphong.emulation.award.Fixtures.asViewer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.award.Fixtures;
import vn.bienphong.emulation.award.domain.NominationStatus;
import vn.bienphong.emulation.award.persistence.BallotEntity;
import vn.bienphong.emulation.award.persistence.NominationEntity;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestTokens;

@QuarkusTest
class BallotResourceTest {

    private static final int YEAR = 2024;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    private static Map<String, Object> openRequest(int cluster) {
        return Map.of("clusterNumber", cluster, "year", YEAR, "conferenceDate", "2024-10-03", "place", "Hà Nội",
                "questions", List.of(
                        Map.of("id", "flag", "kind", "AWARD", "award", "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota", 1),
                        Map.of("id", "chair", "kind", "NEXT_CHAIR")));
    }

    private static String open(int cluster) {
        return as(TestTokens.unit("LS")).body(openRequest(cluster)).post("/api/v1/ballots")
                .then().statusCode(201).extract().path("id");
    }

    private static void vote(String ballot, String unit, Map<String, List<String>> choices) {
        as(TestTokens.unit(unit)).body(Map.of("unitCode", unit, "choices", choices))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(201);
    }

    @Test
    void shouldTallyTheBallotProposeWithinTheQuotaAndPublishBallotClosedOnce() {
        Fixtures.roster(31, YEAR, "LS", "LS", "CB", "QN");
        String ballot = open(31);
        vote(ballot, "LS", Map.of("flag", List.of("CB"), "chair", List.of("QN")));
        vote(ballot, "CB", Map.of("flag", List.of("CB"), "chair", List.of("QN")));
        vote(ballot, "QN", Map.of("flag", List.of("LS"), "chair", List.of()));

        asViewer().get("/api/v1/ballots/{id}", ballot).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("ballotsCast", equalTo(3)).body("eligibleVoters", equalTo(3))
                .body("results", nullValue());

        JsonPath closed = as(TestTokens.unit("LS")).post("/api/v1/ballots/{id}/close", ballot)
                .then().statusCode(200).body("status", equalTo("CLOSED")).extract().jsonPath();
        assertThat(closed.getList("results.questions[0].proposed")).containsExactly("CB");
        assertThat(closed.getInt("results.questions[0].candidates.find { it.unitCode == 'CB' }.votes")).isEqualTo(2);
        assertThat(closed.getString("results.questions[0].candidates.find { it.unitCode == 'CB' }.share")).isEqualTo("0.6667");
        assertThat(closed.getString("results.nextChairUnitCode")).isEqualTo("QN");
        assertThat(closed.getString("results.questions[1].thresholdRule")).isEqualTo("more than 0.5 of the eligible voters");

        as(TestTokens.unit("LS")).post("/api/v1/ballots/{id}/close", ballot)
                .then().statusCode(200).body("closedAt", equalTo(closed.getString("closedAt")));
        var published = EventTopicReader.read("award-events", v -> v.contains("ballot-closed.v1") && v.contains(ballot), 2, Duration.ofSeconds(8));
        assertThat(published).hasSize(1);
        assertThat(published.get(0).key()).isEqualTo("31");
        assertThat(published.get(0).value()).contains("\"nextChairUnitCode\":\"QN\"").contains("\"clusterNumber\":31").contains("\"year\":2024");
        assertThat(EventTopicReader.read("award-events", v -> v.contains("ballot-opened.v1") && v.contains(ballot), 1, Duration.ofSeconds(10))).hasSize(1);

        asViewer().queryParams("cluster", 31, "year", YEAR).get("/api/v1/nominations").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].unitCode", equalTo("CB"))
                .body("items[0].status", equalTo("PROPOSED")).body("items[0].award", equalTo("Cờ thi đua của Bộ Tư lệnh BĐBP"));
        assertThat(closed.prettify()).doesNotContain("\"voter");
    }

    @Test
    void shouldRefuseEveryVoteThatBreaksARuleAndStoreNothing() {
        Fixtures.roster(32, YEAR, "LS", "LS", "CB", "QN");
        String ballot = open(32);
        vote(ballot, "LS", Map.of("flag", List.of("CB")));

        as(TestTokens.unit("LS")).body(Map.of("unitCode", "LS", "choices", Map.of("flag", List.of("QN"))))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already"));
        as(TestTokens.unit("HG")).body(Map.of("unitCode", "HG", "choices", Map.of("flag", List.of("QN"))))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(422).body("detail", containsString("not a member"));
        as(TestTokens.unit("CB")).body(Map.of("unitCode", "CB", "choices", Map.of("flag", List.of("ZZ"))))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(422).body("detail", containsString("not a candidate"));
        as(TestTokens.unit("CB")).body(Map.of("unitCode", "CB", "choices", Map.of("flag", List.of("LS", "QN"))))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(422).body("detail", containsString("at most 1"));
        as(TestTokens.unit("CB")).body(Map.of("unitCode", "CB", "choices", Map.of("nope", List.of("LS"))))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(422).body("detail", containsString("no question nope"));
        as(TestTokens.unit("QN")).body(Map.of("unitCode", "CB", "choices", Map.of("flag", List.of("LS"))))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(403).contentType("application/problem+json");
        asViewer().body(Map.of("unitCode", "CB", "choices", Map.of("flag", List.of("LS"))))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(403);
        as(TestTokens.system()).body(Map.of("unitCode", "CB", "choices", Map.of("flag", List.of("LS"))))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(403);
        as(TestTokens.council()).body(Map.of("unitCode", "CB", "choices", Map.of("flag", List.of("LS"))))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(403);
        as(TestTokens.unit("CB")).body(Map.of("choices", Map.of("flag", List.of("LS"))))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(400).body("violations.field", hasItem("unitCode"));
        as(TestTokens.unit("CB")).body("{\"unitCode\": ").post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(400);
        as(TestTokens.unit("CB")).body(Map.of("unitCode", "CB", "choices", Map.of()))
                .post("/api/v1/ballots/{id}/votes", "00000000-0000-0000-0000-000000000000").then().statusCode(404);

        asViewer().get("/api/v1/ballots/{id}", ballot).then().body("ballotsCast", equalTo(1));
        vote(ballot, "QN", Map.of("flag", List.of()));
        as(TestTokens.unit("LS")).post("/api/v1/ballots/{id}/close", ballot).then().statusCode(200);
        as(TestTokens.unit("CB")).body(Map.of("unitCode", "CB", "choices", Map.of("flag", List.of("LS"))))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(409).body("detail", containsString("closed"));
        asViewer().get("/api/v1/ballots/{id}", ballot).then().body("ballotsCast", equalTo(2))
                .body("results.questions[0].candidates.find { it.unitCode == 'CB' }.votes", equalTo(1))
                .body("results.questions[0].proposed", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldLetOnlyTheChairOfTheClusterOpenOnceAndRefuseBadInput() {
        Fixtures.roster(33, YEAR, "LS", "LS", "CB");
        as(TestTokens.unit("QQ")).body(openRequest(33)).post("/api/v1/ballots").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("only the unit holding the chair of cluster 33 for 2024"));
        as(TestTokens.unit("CB")).body(openRequest(33)).post("/api/v1/ballots").then().statusCode(403)
                .body("detail", containsString("that is LS, not CB"));
        as(TestTokens.system()).body(openRequest(33)).post("/api/v1/ballots").then().statusCode(403);
        given().contentType(ContentType.JSON).body(openRequest(33)).post("/api/v1/ballots").then().statusCode(401);
        asCouncil().body(Map.of("clusterNumber", 34, "year", YEAR, "questions", List.of(Map.of("kind", "NEXT_CHAIR"))))
                .post("/api/v1/ballots").then().statusCode(422).body("detail", containsString("no members"));
        as(TestTokens.unit("LS")).body(Map.of("clusterNumber", 33, "year", 1990, "questions", List.of()))
                .post("/api/v1/ballots").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("year")).body("violations.field", hasItem("questions"));
        as(TestTokens.unit("LS")).body(Map.of("clusterNumber", 33, "year", YEAR,
                        "questions", List.of(Map.of("kind", "AWARD", "award", "Cờ", "quota", 0, "threshold", 1.5))))
                .post("/api/v1/ballots").then().statusCode(400)
                .body("violations.field", hasItem(containsString("quota"))).body("violations.field", hasItem(containsString("threshold")));
        as(TestTokens.unit("LS")).body(Map.of("clusterNumber", 33, "year", YEAR,
                        "questions", List.of(Map.of("kind", "AWARD", "award", "Cờ", "quota", 1, "candidates", List.of("LS", "ZZ")))))
                .post("/api/v1/ballots").then().statusCode(422).body("detail", containsString("ZZ is not a member"));
        as(TestTokens.unit("LS")).body(Map.of("clusterNumber", 33, "year", YEAR,
                        "questions", List.of(Map.of("kind", "AWARD", "quota", 1))))
                .post("/api/v1/ballots").then().statusCode(400).body("violations[0].field", equalTo("questions[0].award"));
        as(TestTokens.unit("LS")).body(Map.of("clusterNumber", 33, "year", YEAR,
                        "questions", List.of(Map.of("kind", "VOTE_ALL"))))
                .post("/api/v1/ballots").then().statusCode(400);
        as(TestTokens.unit("LS")).body(Map.of("clusterNumber", 33, "year", YEAR, "quorum", 1.5,
                        "questions", List.of(Map.of("kind", "NEXT_CHAIR"))))
                .post("/api/v1/ballots").then().statusCode(400).body("violations.field", hasItem("quorum"));
        as(TestTokens.unit("LS")).body(Map.of("clusterNumber", 33, "year", YEAR, "quorum", 0,
                        "questions", List.of(Map.of("kind", "NEXT_CHAIR"))))
                .post("/api/v1/ballots").then().statusCode(400).body("violations.field", hasItem("quorum"));
        assertThat(BallotEntity.count()).isZero();

        open(33);
        as(TestTokens.unit("LS")).body(openRequest(33)).post("/api/v1/ballots").then().statusCode(409);
        assertThat(BallotEntity.count()).isEqualTo(1);
    }

    @Test
    void shouldWriteTheMinutesAsJsonAndAsAPrintablePage() {
        Fixtures.roster(35, YEAR, "LS", "LS", "CB", "QN");
        String ballot = open(35);
        asViewer().get("/api/v1/ballots/{id}/minutes", ballot).then().statusCode(409);
        vote(ballot, "LS", Map.of("flag", List.of("CB"), "chair", List.of("CB")));
        vote(ballot, "CB", Map.of("flag", List.of("CB"), "chair", List.of("CB")));
        asCouncil().post("/api/v1/ballots/{id}/close", ballot).then().statusCode(200);

        asViewer().get("/api/v1/ballots/{id}/minutes", ballot).then().statusCode(200).contentType(ContentType.JSON)
                .body("clusterNumber", equalTo(35)).body("clusterName", equalTo("Cụm thi đua số 35 BĐBP"))
                .body("conferenceDate", equalTo("2024-10-03")).body("place", equalTo("Hà Nội"))
                .body("eligibleVoters", equalTo(3)).body("ballotsCast", equalTo(2))
                .body("questions[0].candidates.find { it.unitCode == 'CB' }.votes", equalTo(2))
                .body("questions[0].candidates.find { it.unitCode == 'CB' }.proposed", equalTo(true))
                .body("nextChairUnitCode", equalTo("CB")).body("nextChairUnitName", equalTo("BĐBP CB"))
                .body("papersNeeded", equalTo(2)).body("quorumRule", equalTo("two thirds of the eligible voters"))
                .body("void", equalTo(false)).body("validity", containsString("valid: 2 of 3 papers cast, quorum 2"))
                .body("questions[0].outcome", containsString("CB proposed"))
                .body("chairFlag", equalTo("ELECTED")).body("chairFlagReason", containsString("CB was elected"));
        String html = given().auth().oauth2(TestTokens.viewer()).accept(ContentType.HTML)
                .get("/api/v1/ballots/{id}/minutes", ballot).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertThat(html).contains("BIÊN BẢN KIỂM PHIẾU", "Cụm thi đua số 35 BĐBP", "Cờ thi đua của Bộ Tư lệnh BĐBP", "Hà Nội",
                "66,67%", "Đề nghị", "03/10/2024", "Số phiếu tối thiểu", "two thirds of the eligible voters",
                "valid: 2 of 3 papers cast", "Kết quả: CB proposed");
    }

    @Test
    void shouldLetTheCouncilDecideEachNominationOnce() {
        Fixtures.roster(36, YEAR, "LS", "LS", "CB");
        String ballot = open(36);
        vote(ballot, "LS", Map.of("flag", List.of("LS")));
        vote(ballot, "CB", Map.of("flag", List.of("LS")));
        as(TestTokens.unit("LS")).post("/api/v1/ballots/{id}/close", ballot).then().statusCode(200);
        String nomination = asViewer().queryParam("cluster", 36).get("/api/v1/nominations").then().extract().path("items[0].id");

        Map<String, String> decision = Map.of("decision", "APPROVED", "decisionNumber", "1234/QĐ-BTL", "decisionDate", "2024-12-20");
        asViewer().body(decision).post("/api/v1/nominations/{id}/decision", nomination).then().statusCode(403);
        asCouncil().body(Map.of("decision", "MAYBE", "decisionNumber", "x")).post("/api/v1/nominations/{id}/decision", nomination)
                .then().statusCode(400).contentType("application/problem+json");
        asCouncil().body(Map.of("decision", "APPROVED")).post("/api/v1/nominations/{id}/decision", nomination)
                .then().statusCode(400).body("violations.field", hasItem("decisionNumber")).body("violations.field", hasItem("decisionDate"));
        asCouncil().body(decision).post("/api/v1/nominations/{id}/decision", nomination).then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decisionNumber", equalTo("1234/QĐ-BTL"));
        asCouncil().body(Map.of("decision", "REJECTED", "decisionNumber", "9/QĐ", "decisionDate", "2024-12-21"))
                .post("/api/v1/nominations/{id}/decision", nomination).then().statusCode(409);
        assertThat(NominationEntity.<NominationEntity>findAll().firstResult().status).isEqualTo(NominationStatus.APPROVED);
        assertThat(EventTopicReader.read("award-events", v -> v.contains("nomination-decided.v1") && v.contains(nomination), 1,
                Duration.ofSeconds(15))).hasSize(1);
        asViewer().queryParams("cluster", 36, "status", "APPROVED").get("/api/v1/nominations").then().body("totalItems", equalTo(1));
    }

    @Test
    void shouldRefuseAQuotaOfMoreThanTheCandidates() {
        Fixtures.roster(39, YEAR, "LS", "LS", "CB", "QN", "HP", "NB", "HY");
        as(TestTokens.unit("LS")).body(Map.of("clusterNumber", 39, "year", YEAR,
                        "questions", List.of(Map.of("kind", "AWARD", "award", "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota", 7))))
                .post("/api/v1/ballots").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("questions[0].quota"))
                .body("violations[0].message", containsString("from 1 to the number of candidates (6)"));
        as(TestTokens.unit("LS")).body(Map.of("clusterNumber", 39, "year", YEAR,
                        "questions", List.of(Map.of("kind", "AWARD", "award", "Cờ", "quota", 2, "candidates", List.of("CB")))))
                .post("/api/v1/ballots").then().statusCode(400).body("violations[0].field", equalTo("questions[0].quota"));
        assertThat(BallotEntity.count()).isZero();
        as(TestTokens.unit("LS")).body(Map.of("clusterNumber", 39, "year", YEAR,
                        "questions", List.of(Map.of("kind", "AWARD", "award", "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota", 6))))
                .post("/api/v1/ballots").then().statusCode(201);
    }

    @Test
    void shouldRefuseToCloseBelowQuorumUnlessTheCouncilClosesItAsVoidWhichProposesNobodyAndMovesNoFlag() {
        Fixtures.roster(40, YEAR, "LS", "LS", "CB", "QN", "HP", "NB", "HY");
        String ballot = open(40);
        as(TestTokens.unit("LS")).post("/api/v1/ballots/{id}/close", ballot).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("has not reached its quorum: 0 of 6 papers cast, quorum 4"));
        as(TestTokens.unit("LS")).body(Map.of("void", true)).post("/api/v1/ballots/{id}/close", ballot).then().statusCode(403)
                .body("detail", containsString("only the council may close a ballot as void"));
        vote(ballot, "CB", Map.of("flag", List.of("CB"), "chair", List.of("CB")));
        vote(ballot, "QN", Map.of("flag", List.of("CB"), "chair", List.of("CB")));
        vote(ballot, "HP", Map.of("flag", List.of("CB"), "chair", List.of("CB")));
        asCouncil().post("/api/v1/ballots/{id}/close", ballot).then().statusCode(409).body("detail", containsString("3 of 6"));
        asViewer().get("/api/v1/ballots/{id}", ballot).then().body("status", equalTo("OPEN")).body("papersNeeded", equalTo(4));

        JsonPath closed = asCouncil().body(Map.of("void", true)).post("/api/v1/ballots/{id}/close", ballot).then().statusCode(200)
                .body("status", equalTo("CLOSED")).extract().jsonPath();
        assertThat(closed.getBoolean("results.void")).isTrue();
        assertThat(closed.getList("results.questions")).isEmpty();
        assertThat(closed.getString("results.nextChairUnitCode")).isNull();
        assertThat(closed.getString("results.chairFlag")).isEqualTo("NONE");
        assertThat(closed.getString("results.validity")).contains("void", "3 of 6 papers cast, quorum 4");
        asViewer().queryParams("cluster", 40).get("/api/v1/nominations").then().body("totalItems", equalTo(0));
        var published = EventTopicReader.read("award-events", v -> v.contains("ballot-closed.v1") && v.contains(ballot), 1, Duration.ofSeconds(20));
        assertThat(published).hasSize(1);
        assertThat(published.get(0).value()).contains("\"void\":true", "\"chairFlag\":\"NONE\"", "\"papersNeeded\":4");
        asViewer().get("/api/v1/ballots/{id}/minutes", ballot).then().statusCode(200).body("void", equalTo(true))
                .body("chairFlag", equalTo("NONE"));
    }

    @Test
    void shouldHandTheFlagOverByRotationWhenNobodyIsElectedOnlyIfTheBallotSaidSoWhenOpened() {
        Fixtures.roster(41, YEAR, "LS", "LS", "CB", "QN");
        Fixtures.roster(42, YEAR, "LS", "LS", "CB", "QN");
        for (int cluster : new int[] {41, 42}) {
            Map<String, Object> request = new java.util.HashMap<>(openRequest(cluster));
            request.put("quorum", 0.5);
            request.put("rotateIfNoneElected", cluster == 42);
            String ballot = as(TestTokens.unit("LS")).body(request).post("/api/v1/ballots").then().statusCode(201)
                    .body("papersNeeded", equalTo(2)).body("rotateIfNoneElected", equalTo(cluster == 42)).extract().path("id");
            vote(ballot, "CB", Map.of("flag", List.of("CB"), "chair", List.of("QN")));
            vote(ballot, "QN", Map.of("flag", List.of("CB"), "chair", List.of("CB")));
            JsonPath closed = as(TestTokens.unit("LS")).post("/api/v1/ballots/{id}/close", ballot).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(closed.getList("results.questions[1].proposed")).isEmpty();
            assertThat(closed.getString("results.questions[1].outcome")).startsWith("nobody elected the next chair");
            String flag = cluster == 42 ? "ROTATION" : "NONE";
            assertThat(closed.getString("results.chairFlag")).isEqualTo(flag);
            assertThat(closed.getString("results.chairFlagReason")).contains(cluster == 42 ? "rotation order" : "not handed over");
            var published = EventTopicReader.read("award-events", v -> v.contains("ballot-closed.v1") && v.contains(ballot), 1,
                    Duration.ofSeconds(20));
            assertThat(published.get(0).value()).contains("\"chairFlag\":\"" + flag + "\"", "\"void\":false");
        }
    }
}
