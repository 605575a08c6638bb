package vn.bienphong.emulation.award.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.bienphong.emulation.award.Fixtures.asCouncil;
import static vn.bienphong.emulation.award.Fixtures.asViewer;
import static vn.bienphong.emulation.award.Fixtures.awaitStandings;
import static vn.bienphong.emulation.award.Fixtures.scoreOf;

import java.math.BigDecimal;
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
import vn.bienphong.emulation.award.persistence.AdjustmentEntity;
import vn.bienphong.emulation.award.persistence.CommendationEntity;
import vn.bienphong.emulation.award.persistence.SchemeEntity;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestTokens;

@QuarkusTest
class SchemeAndCommendationTest {

    private static final int YEAR = 2022;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    private static Map<String, Object> scheme(Object... tieBreaks) {
        return Map.of("criteria", List.of(
                        Map.of("code", "models", "title", "Mô hình thi đua", "kind", "QUALITATIVE", "weight", 30),
                        Map.of("code", "patrols", "kind", "METRIC", "metricCode", "borderPatrols", "weight", 70, "target", 1000)),
                "awardBonuses", List.of(Map.of("awardCode", "MINISTRY_FLAG", "points", 10), Map.of("awardCode", "GOVERNMENT_FLAG", "points", 15)),
                "tieBreaks", List.of(tieBreaks));
    }

    @Test
    void shouldGiveTheDefaultSchemeUntilTheCouncilSetsOneAndRescoreWhenItChanges() {
        asViewer().get("/api/v1/schemes/41/{y}", YEAR).then().statusCode(200)
                .body("isDefault", equalTo(true)).body("criteria.metricCode", hasItem("borderPatrols"));
        Fixtures.roster(41, YEAR, "LS", "LS", "CB");
        asCouncil().body(scheme("TOTAL_SCORE", "CRITERION:models", "FEWER_PENALTY_POINTS")).put("/api/v1/schemes/41/{y}", YEAR)
                .then().statusCode(201).body("isDefault", equalTo(false)).body("revision", equalTo(1))
                .body("tieBreaks[1].explanation", equalTo("more points on criterion models"));

        asCouncil().body(Map.of("unitCode", "CB", "kind", "INSPECTION", "criterionCode", "models", "points", 20, "reason", "Kiểm tra chéo"))
                .post("/api/v1/schemes/41/{y}/adjustments", YEAR).then().statusCode(201);
        asCouncil().body(Map.of("unitCode", "LS", "kind", "BONUS", "points", 20, "reason", "Thành tích đột xuất: cứu nạn"))
                .post("/api/v1/schemes/41/{y}/adjustments", YEAR).then().statusCode(201);
        JsonPath s = Fixtures.standings(41, YEAR);
        assertThat(s.getList("entries.unitCode")).containsExactly("CB", "LS");
        assertThat(s.getList("entries.rank", Integer.class)).containsExactly(1, 2);
        assertThat(s.getString("entries[1].decidedBy")).isEqualTo("CRITERION:models");

        asCouncil().body(scheme("TOTAL_SCORE", "MORE_BONUS_POINTS")).put("/api/v1/schemes/41/{y}", YEAR)
                .then().statusCode(200).body("revision", equalTo(2));
        s = Fixtures.standings(41, YEAR);
        assertThat(s.getList("entries.unitCode")).containsExactly("LS", "CB");
        assertThat(s.getString("entries[1].decidedBy")).isEqualTo("MORE_BONUS_POINTS");
        asViewer().get("/api/v1/schemes/41/{y}/adjustments", YEAR).then().statusCode(200).body("items.size()", equalTo(2))
                .body("totalItems", equalTo(2));
    }

    @Test
    void shouldRefuseABadSchemeOrAdjustmentWithProblemJsonAndStoreNothing() {
        Fixtures.roster(42, YEAR, "LS", "LS", "CB");
        asCouncil().body(Map.of("criteria", List.of())).put("/api/v1/schemes/42/{y}", YEAR)
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("criteria"));
        asCouncil().body(Map.of("criteria", List.of(Map.of("code", "x", "kind", "METRIC", "weight", 10))))
                .put("/api/v1/schemes/42/{y}", YEAR).then().statusCode(400).body("violations[0].field", equalTo("criteria[0].metricCode"));
        asCouncil().body(Map.of("criteria", List.of(Map.of("code", "x", "kind", "METRIC", "metricCode", "a", "weight", -1, "overshootCap", 0.5))))
                .put("/api/v1/schemes/42/{y}", YEAR).then().statusCode(400)
                .body("violations.field", hasItem(containsString("weight"))).body("violations.field", hasItem(containsString("overshootCap")));
        asCouncil().body(Map.of("criteria", List.of(Map.of("code", "x", "kind", "GUESS", "weight", 1))))
                .put("/api/v1/schemes/42/{y}", YEAR).then().statusCode(400).contentType("application/problem+json");
        asCouncil().body(Map.of("criteria", List.of(Map.of("code", "x", "kind", "QUALITATIVE", "weight", 1)), "tieBreaks", List.of("LOUDEST")))
                .put("/api/v1/schemes/42/{y}", YEAR).then().statusCode(400).body("violations[0].field", equalTo("tieBreaks[0]"));
        asCouncil().body(Map.of("criteria", List.of(Map.of("code", "x", "kind", "QUALITATIVE", "weight", 1)), "tieBreaks", List.of("TOTAL_SCORE", "CRITERION:y")))
                .put("/api/v1/schemes/42/{y}", YEAR).then().statusCode(400).body("detail", containsString("criterion y"));
        asCouncil().body("{").put("/api/v1/schemes/42/{y}", YEAR).then().statusCode(400).contentType("application/problem+json");
        asCouncil().body(scheme("TOTAL_SCORE")).put("/api/v1/schemes/42/1999").then().statusCode(400);
        asViewer().body(scheme("TOTAL_SCORE")).put("/api/v1/schemes/42/{y}", YEAR).then().statusCode(403);
        given().contentType(ContentType.JSON).body(scheme("TOTAL_SCORE")).put("/api/v1/schemes/42/{y}", YEAR).then().statusCode(401);
        given().auth().oauth2(TestTokens.unit("LS")).contentType(ContentType.JSON).body(scheme("TOTAL_SCORE"))
                .put("/api/v1/schemes/42/{y}", YEAR).then().statusCode(403);
        assertThat(SchemeEntity.count()).isZero();

        asCouncil().body(Map.of("unitCode", "HG", "kind", "BONUS", "points", 5, "reason", "x"))
                .post("/api/v1/schemes/42/{y}/adjustments", YEAR).then().statusCode(422).body("detail", containsString("not a member"));
        asCouncil().body(Map.of("unitCode", "LS", "kind", "INSPECTION", "criterionCode", "border-patrols", "points", 5, "reason", "x"))
                .post("/api/v1/schemes/42/{y}/adjustments", YEAR).then().statusCode(422).body("detail", containsString("QUALITATIVE"));
        asCouncil().body(Map.of("unitCode", "LS", "kind", "PENALTY", "points", 0))
                .post("/api/v1/schemes/42/{y}/adjustments", YEAR).then().statusCode(400)
                .body("violations.field", hasItem("points")).body("violations.field", hasItem("reason"));
        asViewer().body(Map.of("unitCode", "LS", "kind", "PENALTY", "points", 1, "reason", "x"))
                .post("/api/v1/schemes/42/{y}/adjustments", YEAR).then().statusCode(403);
        assertThat(AdjustmentEntity.count()).isZero();
    }

    @Test
    void shouldCountCommendationsAndAddTheAwardBonusOfTheScheme() {
        Fixtures.roster(43, YEAR, "LS", "LS", "CB");
        asCouncil().body(scheme("TOTAL_SCORE")).put("/api/v1/schemes/43/{y}", YEAR).then().statusCode(201);
        asCouncil().body(Map.of("clusterNumber", 43, "year", YEAR, "recipientKind", "COLLECTIVE", "quantity", 177,
                "award", "Bằng khen của Bộ Tư lệnh BĐBP", "decisionNumber", "12/QĐ-BTL", "decisionDate", "2022-09-01"))
                .post("/api/v1/commendations").then().statusCode(201);
        String location = asCouncil().header("Idempotency-Key", "cmd-1").body(Map.of("clusterNumber", 43, "year", YEAR, "recipientKind", "COLLECTIVE",
                        "unitCode", "CB", "award", "Cờ thi đua của Bộ Quốc phòng", "awardCode", "MINISTRY_FLAG"))
                .post("/api/v1/commendations").then().statusCode(201).body("unitCode", equalTo("CB")).extract().header("Location");
        asViewer().get(location).then().statusCode(200).body("award", equalTo("Cờ thi đua của Bộ Quốc phòng"));
        asCouncil().header("Idempotency-Key", "cmd-1").body(Map.of("clusterNumber", 43, "year", YEAR, "recipientKind", "COLLECTIVE",
                        "unitCode", "CB", "award", "Cờ thi đua của Bộ Quốc phòng", "awardCode", "MINISTRY_FLAG"))
                .post("/api/v1/commendations").then().statusCode(201).header("Idempotent-Replayed", "true");
        asCouncil().body(Map.of("clusterNumber", 43, "year", YEAR, "recipientKind", "INDIVIDUAL", "quantity", 344,
                "award", "Giấy khen", "occasion", "REGULAR")).post("/api/v1/commendations").then().statusCode(201);
        asCouncil().body(Map.of("clusterNumber", 43, "year", YEAR, "recipientKind", "INDIVIDUAL", "personName", "Thiếu tá Nguyễn Văn Đức",
                "award", "Giấy khen", "occasion", "AD_HOC", "reason", "Cứu nạn trên biển")).post("/api/v1/commendations").then().statusCode(201);

        asViewer().queryParams("cluster", 43, "year", YEAR).get("/api/v1/commendations/summary").then().statusCode(200)
                .body("collectives", equalTo(178)).body("individuals", equalTo(345))
                .body("byAward.find { it.award == 'Giấy khen' }.individuals", equalTo(345));
        asViewer().queryParams("cluster", 43, "size", 2).get("/api/v1/commendations").then().statusCode(200)
                .body("totalItems", equalTo(4)).body("items.size()", equalTo(2));
        JsonPath s = Fixtures.standings(43, YEAR);
        assertThat(scoreOf(s, "CB")).isEqualByComparingTo(new BigDecimal("10.00"));
        assertThat(s.getString("entries[0].bonusPoints")).isEqualTo("10.0");
        assertThat(EventTopicReader.read("award-events", v -> v.contains("commendation-recorded.v1") && v.contains("Nguyễn Văn Đức"), 1,
                Duration.ofSeconds(15))).hasSize(1);
    }

    @Test
    void shouldRefuseBadCommendationsAndStoreNothing() {
        asCouncil().body(Map.of("clusterNumber", 43, "year", YEAR, "recipientKind", "COLLECTIVE", "award", "Bằng khen"))
                .post("/api/v1/commendations").then().statusCode(400).body("violations[0].field", equalTo("unitCode"));
        asCouncil().body(Map.of("clusterNumber", 43, "year", YEAR, "recipientKind", "INDIVIDUAL", "award", "Bằng khen"))
                .post("/api/v1/commendations").then().statusCode(400).body("violations[0].field", equalTo("personName"));
        asCouncil().body(Map.of("clusterNumber", 0, "year", 3000, "recipientKind", "TEAM", "quantity", 0))
                .post("/api/v1/commendations").then().statusCode(400).contentType("application/problem+json");
        asCouncil().body(Map.of("clusterNumber", 0, "year", 3000, "quantity", 0))
                .post("/api/v1/commendations").then().statusCode(400)
                .body("violations.field", hasItem("clusterNumber")).body("violations.field", hasItem("year"))
                .body("violations.field", hasItem("quantity")).body("violations.field", hasItem("award"))
                .body("violations.field", hasItem("recipientKind"));
        asViewer().body(Map.of("clusterNumber", 43, "year", YEAR, "recipientKind", "COLLECTIVE", "unitCode", "LS", "award", "Bằng khen"))
                .post("/api/v1/commendations").then().statusCode(403);
        assertThat(CommendationEntity.count()).isZero();
        asViewer().get("/api/v1/commendations/summary").then().statusCode(400);
    }
}
