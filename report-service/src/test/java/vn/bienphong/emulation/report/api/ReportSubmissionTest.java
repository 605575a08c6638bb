package vn.bienphong.emulation.report.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasToString;
import static vn.bienphong.emulation.report.api.Fixtures.as;
import static vn.bienphong.emulation.report.api.Fixtures.asSystem;
import static vn.bienphong.emulation.report.api.Fixtures.asViewer;
import static vn.bienphong.emulation.report.api.Fixtures.month;
import static vn.bienphong.emulation.report.api.Fixtures.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.TestTokens;
import vn.bienphong.emulation.report.persistence.ReportEntity;
import vn.bienphong.emulation.report.persistence.ReportVersionEntity;
import vn.bienphong.emulation.report.service.RosterService;

@QuarkusTest
class ReportSubmissionTest {

    static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Inject
    DataSource dataSource;
    @Inject
    RosterService roster;

    @BeforeEach
    void cleanData() {
        Fixtures.cleanWithRosters(dataSource, roster);
    }

    @Test
    void shouldAcceptAReportFromAMemberAndGiveItBackExactly() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("borderPatrols", 1800);
        figures.put("budgetCollectedVnd", new BigDecimal("78000000000"));
        figures.put("drugsSeizedGrams", new BigDecimal("49.661"));
        figures.put("fireworksSeizedKg", new BigDecimal("535.80"));
        String id = as(TestTokens.unit("BDBP-LANG-SON")).body(report("BDBP-LANG-SON", 1, 2025, month(2025, 3), figures))
                .post("/api/v1/reports")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/reports/"))
                .body("version", equalTo(1))
                .body("unitName", equalTo("BĐBP tỉnh Lạng Sơn"))
                .body("period.from", equalTo("2025-03-01")).body("period.to", equalTo("2025-03-31"))
                .body("submittedBy", equalTo("unit-BDBP-LANG-SON"))
                .extract().path("id");

        given().config(EXACT).auth().oauth2(TestTokens.viewer()).get("/api/v1/reports/{id}", id)
                .then().statusCode(200)
                .body("figures.budgetCollectedVnd", hasToString("78000000000"))
                .body("figures.drugsSeizedGrams", hasToString("49.661"))
                .body("figures.fireworksSeizedKg", hasToString("535.8"))
                .body("models[0].product", equalTo("120 suất học bổng"))
                .body("notes", equalTo("Báo cáo kết quả thi đua"));
        asViewer().queryParams("year", 2025, "cluster", 1).get("/api/v1/reports")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void shouldRefuseAReportFromANonMemberOrAnUnknownUnitAndStoreNothing() {
        asSystem().body(report("BDBP-HUE", 1, 2025, month(2025, 3), Map.of("borderPatrols", 10)))
                .post("/api/v1/reports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("not a member of cluster 1 in 2025"))
                .body("detail", containsString("cluster 3"));
        asSystem().body(report("BDBP-SON-LA", 1, 2025, month(2025, 3), Map.of("borderPatrols", 10)))
                .post("/api/v1/reports")
                .then().statusCode(422).body("detail", containsString("BDBP-SON-LA is in no cluster in 2025"));
        asSystem().body(report("BDBP-LANG-SON", 1, 2024, month(2024, 3), Map.of("borderPatrols", 10)))
                .post("/api/v1/reports")
                .then().statusCode(422).body("detail", containsString("in no cluster in 2024"));

        assertNothingStored();
    }

    @Test
    void shouldRefuseBadFiguresAndPeriodsWithProblemJsonAndStoreNothing() {
        refused(Map.of("noSuchMetric", 1), "figures.noSuchMetric", "unknown metric");
        refused(Map.of("crimeCases", -3), "figures.crimeCases", "negative");
        refused(Map.of("crimeCases", 2.5), "figures.crimeCases", "whole number");
        refused(Map.of("budgetCollectedVnd", new BigDecimal("1000.5")), "figures.budgetCollectedVnd", "whole number of đồng");
        refused(Map.of("drugsSeizedGrams", new BigDecimal("1.0001")), "figures.drugsSeizedGrams", "at most 3 decimals");
        refused(Map.of("budgetCollectedVnd", new BigDecimal("1000000000000001")), "figures.budgetCollectedVnd", "at most 1000000000000000");
        refused(Map.of("crimeCases", "many"), "figures.crimeCases", "");
        refused(Map.of("crimeCases", "12"), "figures.crimeCases", "");
        refused(Map.of(), "figures", "at least one figure");
        HashMap<String, Object> nullValue = new HashMap<>();
        nullValue.put("crimeCases", null);
        refused(nullValue, "figures.crimeCases", "required");

        asSystem().body("{\"unitCode\":\"BDBP-LANG-SON\",\"clusterNumber\":1,\"year\":2025,"
                        + "\"period\":{\"kind\":\"MONTH\",\"label\":\"2025-03\"},\"figures\":{\"crimeCases\":1,\"crimeCases\":2}}")
                .post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("figures.crimeCases: is given twice; give each field once"));
        asSystem().body(report("BDBP-LANG-SON", 1, 2025, month(2024, 12), Map.of("crimeCases", 1))).post("/api/v1/reports")
                .then().statusCode(400).body("violations[0].field", equalTo("period.label"))
                .body("violations[0].message", containsString("outside the year 2025"));
        asSystem().body(report("BDBP-LANG-SON", 1, 2025, Map.of("kind", "MONTH", "label", "2025-13"), Map.of("crimeCases", 1)))
                .post("/api/v1/reports").then().statusCode(400).body("violations[0].field", equalTo("period.label"));
        asSystem().body(report("BDBP-LANG-SON", 1, 2025, Map.of("kind", "CAMPAIGN", "label", "giai-phong-mien-nam-50",
                        "from", "2025-03-01", "to", "2026-01-30"), Map.of("crimeCases", 1)))
                .post("/api/v1/reports").then().statusCode(400).body("violations[0].message", containsString("outside the year"));
        asSystem().body(report("BDBP-LANG-SON", 1, 2025, Map.of("kind", "WEEK", "label", "x"), Map.of("crimeCases", 1)))
                .post("/api/v1/reports").then().statusCode(400).body("violations[0].field", equalTo("period.kind"));
        asSystem().body(report("BDBP-LANG-SON", 1, 2025, Map.of("kind", "MONTH", "label", "2025-13"),
                        Map.of("crimeCases", -1, "noSuchMetric", 2)))
                .post("/api/v1/reports").then().statusCode(400)
                .body("violations.field", containsInAnyOrder("period.label", "figures.crimeCases", "figures.noSuchMetric"));
        Map<String, Object> missing = report("BDBP-LANG-SON", 1, 2025, month(2025, 3), Map.of("crimeCases", 1));
        missing.remove("unitCode");
        missing.remove("period");
        asSystem().body(missing).post("/api/v1/reports").then().statusCode(400)
                .body("violations.field", hasItem("unitCode")).body("violations.field", hasItem("period"));
        Map<String, Object> unknownField = report("BDBP-LANG-SON", 1, 2025, month(2025, 3), Map.of("crimeCases", 1));
        unknownField.put("score", 10);
        asSystem().body(unknownField).post("/api/v1/reports").then().statusCode(400).body("violations[0].field", equalTo("score"));
        Map<String, Object> huge = report("BDBP-LANG-SON", 1, 2025, month(2025, 3), Map.of("crimeCases", 1));
        huge.put("notes", "x".repeat(300_000));
        asSystem().body(huge).post("/api/v1/reports").then().statusCode(413).contentType("application/problem+json");
        Map<String, Object> longNotes = report("BDBP-LANG-SON", 1, 2025, month(2025, 3), Map.of("crimeCases", 1));
        longNotes.put("notes", "x".repeat(4001));
        asSystem().body(longNotes).post("/api/v1/reports").then().statusCode(400).body("violations[0].field", equalTo("notes"));
        asSystem().body("{\"unitCode\": ").post("/api/v1/reports").then().statusCode(400).body("title", equalTo("Malformed JSON"));
        asSystem().post("/api/v1/reports").then().statusCode(400).contentType("application/problem+json");

        assertNothingStored();
    }

    @Test
    void shouldStoreOneReportForARetriedPost() {
        Map<String, Object> body = report("BDBP-CAO-BANG", 1, 2025, month(2025, 4), Map.of("peopleRescued", 12));
        String first = asSystem().header("Idempotency-Key", "cao-bang-2025-04").body(body).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        asSystem().header("Idempotency-Key", "cao-bang-2025-04").body(body).post("/api/v1/reports")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        asSystem().header("Idempotency-Key", "cao-bang-2025-04")
                .body(report("BDBP-CAO-BANG", 1, 2025, month(2025, 4), Map.of("peopleRescued", 13)))
                .post("/api/v1/reports").then().statusCode(409).contentType("application/problem+json");

        assertThat(count("report")).isEqualTo(1);
        assertThat(count("report_version")).isEqualTo(1);
        assertThat(count("outbox_event")).isEqualTo(1);
    }

    @Test
    void shouldRefuseASecondReportForThePeriodAndOverlappingPeriods() {
        Fixtures.submit(report("BDBP-HUNG-YEN", 1, 2025, month(2025, 2), Map.of("crimeCases", 4)));
        asSystem().body(report("BDBP-HUNG-YEN", 1, 2025, month(2025, 2), Map.of("crimeCases", 5))).post("/api/v1/reports")
                .then().statusCode(409).body("detail", containsString("amend that one"));
        asSystem().body(report("BDBP-HUNG-YEN", 1, 2025, Map.of("kind", "QUARTER", "label", "2025-Q1"), Map.of("crimeCases", 5)))
                .post("/api/v1/reports").then().statusCode(409).body("detail", containsString("overlaps"));
        asSystem().body(report("BDBP-HUNG-YEN", 1, 2025, Map.of("kind", "QUARTER", "label", "2025-Q2"), Map.of("crimeCases", 5)))
                .post("/api/v1/reports").then().statusCode(201).body("period.to", equalTo("2025-06-30"));
        asSystem().body(report("BDBP-HUNG-YEN", 1, 2025, Map.of("kind", "CAMPAIGN", "label", "giai-phong-mien-nam-50",
                        "from", "2025-02-01", "to", "2025-04-30"), Map.of("crimeCases", 2)))
                .post("/api/v1/reports").then().statusCode(201);
        assertThat(count("report")).isEqualTo(3);
    }

    @Test
    void shouldAcceptExactlyOneOfConcurrentSubmissionsForOverlappingPeriods() throws Exception {
        List<Map<String, Object>> bodies = List.of(
                report("BDBP-HUNG-YEN", 1, 2025, month(2025, 3), Map.of("crimeCases", 1)),
                report("BDBP-HUNG-YEN", 1, 2025, month(2025, 3), Map.of("crimeCases", 2)),
                report("BDBP-HUNG-YEN", 1, 2025, Map.of("kind", "QUARTER", "label", "2025-Q1"), Map.of("crimeCases", 3)),
                report("BDBP-HUNG-YEN", 1, 2025, Map.of("kind", "YEAR", "label", "2025"), Map.of("crimeCases", 4)));
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Map<String, Object> body = bodies.get(i % bodies.size());
                answers.add(clients.submit(() -> {
                    start.await();
                    return asSystem().body(body).post("/api/v1/reports").then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(201, 409).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            clients.shutdownNow();
        }
        assertThat(count("report")).isEqualTo(1);
        assertThat(count("report_version")).isEqualTo(1);
        assertThat(count("outbox_event")).isEqualTo(1);
    }

    @Test
    void shouldLetAUnitReportOnlyForItselfAndViewersOnlyRead() {
        Map<String, Object> body = report("BDBP-QUANG-NINH", 1, 2025, month(2025, 5), Map.of("coastalPatrols", 9));
        as(TestTokens.unit("BDBP-LANG-SON")).body(body).post("/api/v1/reports")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("BDBP-QUANG-NINH"));
        asViewer().body(body).post("/api/v1/reports").then().statusCode(403);
        as(TestTokens.council()).body(body).post("/api/v1/reports").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then().statusCode(401)
                .contentType("application/problem+json");
        as(TestTokens.forged("system")).body(body).post("/api/v1/reports").then().statusCode(401);
        given().get("/api/v1/reports").then().statusCode(401);
        assertNothingStored();

        String id = as(TestTokens.unit("BDBP-QUANG-NINH")).body(body).post("/api/v1/reports").then().statusCode(201)
                .extract().path("id");
        asViewer().get("/api/v1/reports/{id}", id).then().statusCode(200);
        as(TestTokens.unit("BDBP-LANG-SON")).get("/api/v1/reports/{id}/versions", id).then().statusCode(200);
        asViewer().get("/api/v1/reports/{id}", "00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/reports"));
    }

    private static void refused(Map<String, ?> figures, String field, String message) {
        asSystem().body(report("BDBP-LANG-SON", 1, 2025, month(2025, 3), figures)).post("/api/v1/reports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field))
                .body("detail", containsString(message));
    }

    private void assertNothingStored() {
        assertThat(count("report")).isZero();
        assertThat(count("report_version")).isZero();
        assertThat(count("outbox_event")).isZero();
        assertThat(ReportEntity.count()).isZero();
        assertThat(ReportVersionEntity.count()).isZero();
    }

    long count(String table) {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
