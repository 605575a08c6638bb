package vn.bienphong.emulation.report.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static vn.bienphong.emulation.report.api.Fixtures.as;
import static vn.bienphong.emulation.report.api.Fixtures.asSystem;
import static vn.bienphong.emulation.report.api.Fixtures.asViewer;
import static vn.bienphong.emulation.report.api.Fixtures.month;
import static vn.bienphong.emulation.report.api.Fixtures.report;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.TestTokens;

/** Who has not reported, for a cluster and a period: the roster comes through the broker as cluster-service sends it. */
@QuarkusTest
class ReportingStatusTest {

    static final String STATUS = "/api/v1/reporting-status/clusters/{cluster}";
    static final String NOT_REPORTED = "/api/v1/reporting-status/clusters/{cluster}/not-reported";
    static final List<String> CLUSTER_1 = List.of("BDBP-LANG-SON", "BDBP-CAO-BANG", "BDBP-QUANG-NINH", "BDBP-HAI-PHONG");

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource, "metric_definition");
        Fixtures.membershipThroughKafka(dataSource, Fixtures.membership(1, 2026, CLUSTER_1));
        Fixtures.membershipThroughKafka(dataSource, Fixtures.membership(3, 2026, List.of("BDBP-THANH-HOA", "BDBP-HUE")));
    }

    /** Lạng Sơn: March; Cao Bằng: Q1; Quảng Ninh: the year; Hải Phòng: January, February and a campaign. */
    void fileTheYearSoFar() {
        asSystem().body(Map.of("items", List.of(
                        Map.of("report", report("BDBP-LANG-SON", 1, 2026, month(2026, 3), Map.of("crimeCases", 3))),
                        Map.of("report", report("BDBP-CAO-BANG", 1, 2026, Map.of("kind", "QUARTER", "label", "2026-Q1"), Map.of("crimeCases", 4))),
                        Map.of("report", report("BDBP-QUANG-NINH", 1, 2026, Map.of("kind", "YEAR", "label", "2026"), Map.of("crimeCases", 5))),
                        Map.of("report", report("BDBP-HAI-PHONG", 1, 2026, month(2026, 1), Map.of("crimeCases", 1))),
                        Map.of("report", report("BDBP-HAI-PHONG", 1, 2026, month(2026, 2), Map.of("crimeCases", 1))),
                        Map.of("report", report("BDBP-HAI-PHONG", 1, 2026, Map.of("kind", "CAMPAIGN", "label", "bien-gioi-xanh",
                                "from", "2026-03-01", "to", "2026-03-31"), Map.of("crimeCases", 2))),
                        Map.of("report", report("BDBP-HUE", 3, 2026, month(2026, 3), Map.of("crimeCases", 6))))))
                .post("/api/v1/reports/batch").then().statusCode(200).body("created", equalTo(7));
    }

    @Test
    void shouldListTheMembersThatHaveNotReportedForAMonth() {
        fileTheYearSoFar();

        asViewer().queryParams("year", 2026, "period", "2026-03").get(NOT_REPORTED, 1)
                .then().statusCode(200)
                .body("totalItems", equalTo(1)).body("page", equalTo(0)).body("size", equalTo(50)).body("totalPages", equalTo(1))
                .body("items.unitCode", contains("BDBP-HAI-PHONG"))
                .body("items[0].unitName", equalTo("BĐBP thành phố Hải Phòng"))
                .body("items[0].reported", equalTo(false))
                .body("items[0].missing", contains("2026-03"))
                // its campaign report is for the campaign only
                .body("items[0].reports", empty());
        asViewer().queryParams("year", 2026, "period", "2026-03").get(STATUS, 1)
                .then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.unitCode", contains("BDBP-CAO-BANG", "BDBP-HAI-PHONG", "BDBP-LANG-SON", "BDBP-QUANG-NINH"))
                .body("items.reported", contains(true, false, true, true))
                .body("items[0].reports[0].period.label", equalTo("2026-Q1"))
                .body("items[3].reports[0].period.label", equalTo("2026"));
    }

    @Test
    void shouldCountMonthsQuartersYearsAndCampaignsByTheRule() {
        fileTheYearSoFar();

        // the first quarter: Lạng Sơn has only March, Hải Phòng only January and February
        asViewer().queryParams("year", 2026, "period", "2026-Q1").get(NOT_REPORTED, 1)
                .then().statusCode(200)
                .body("items.unitCode", contains("BDBP-HAI-PHONG", "BDBP-LANG-SON"))
                .body("items[0].missing", contains("2026-03"))
                .body("items[0].reports.period.label", contains("2026-01", "2026-02"))
                .body("items[1].missing", contains("2026-01", "2026-02"));
        // February: Cao Bằng's quarter and Quảng Ninh's year cover it
        asViewer().queryParams("year", 2026, "period", "2026-02").get(NOT_REPORTED, 1)
                .then().statusCode(200).body("items.unitCode", contains("BDBP-LANG-SON"));
        // the year: only Quảng Ninh's year report covers every month
        asViewer().queryParams("year", 2026, "period", "2026").get(STATUS, 1)
                .then().statusCode(200).body("items.findAll { it.reported }.unitCode", contains("BDBP-QUANG-NINH"));
        // a campaign: only a report for that campaign counts
        asViewer().queryParams("year", 2026, "period", "bien-gioi-xanh", "reported", "true").get(STATUS, 1)
                .then().statusCode(200).body("items.unitCode", contains("BDBP-HAI-PHONG"))
                .body("items[0].reports[0].period.kind", equalTo("CAMPAIGN"));
        asViewer().queryParams("year", 2026, "period", "bien-gioi-xanh").get(NOT_REPORTED, 1)
                .then().statusCode(200).body("totalItems", equalTo(3)).body("items[0].missing", contains("bien-gioi-xanh"));
        // another cluster, paged
        asViewer().queryParams("year", 2026, "period", "2026-04").get(NOT_REPORTED, 3)
                .then().statusCode(200).body("items.unitCode", contains("BDBP-HUE", "BDBP-THANH-HOA"));
        asViewer().queryParams("year", 2026, "period", "2026-04", "size", 1, "page", 1).get(NOT_REPORTED, 3)
                .then().statusCode(200).body("items.unitCode", contains("BDBP-THANH-HOA"))
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(2)).body("page", equalTo(1));
    }

    @Test
    void shouldFollowTheMembershipThatComesThroughTheBroker() {
        fileTheYearSoFar();
        asViewer().queryParams("year", 2026, "period", "2026-03").get(NOT_REPORTED, 1)
                .then().statusCode(200).body("items.unitCode", contains("BDBP-HAI-PHONG"));

        // Hải Phòng leaves cluster 1 and Thái Bình joins it: the list follows the latest membership
        Fixtures.membershipThroughKafka(dataSource, Fixtures.membership(1, 2026,
                List.of("BDBP-LANG-SON", "BDBP-CAO-BANG", "BDBP-QUANG-NINH", "BDBP-THAI-BINH")));

        asViewer().queryParams("year", 2026, "period", "2026-03").get(NOT_REPORTED, 1)
                .then().statusCode(200).body("items.unitCode", contains("BDBP-THAI-BINH"))
                .body("items[0].missing", contains("2026-03"));
        // its report makes the list empty, whoever submits it (a unit for itself)
        as(TestTokens.unit("BDBP-THAI-BINH")).body(report("BDBP-THAI-BINH", 1, 2026, month(2026, 3), Map.of("crimeCases", 1)))
                .post("/api/v1/reports").then().statusCode(201);
        asViewer().queryParams("year", 2026, "period", "2026-03").get(NOT_REPORTED, 1)
                .then().statusCode(200).body("totalItems", equalTo(0)).body("items", empty());
    }

    @Test
    void shouldRefuseBadQuestionsWithProblemJson() {
        asViewer().queryParam("period", "2026-03").get(NOT_REPORTED, 1).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("year"));
        asViewer().queryParam("year", 2026).get(STATUS, 1).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("period"));
        asViewer().queryParams("year", 2026, "period", "2025-03").get(NOT_REPORTED, 1).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("period"))
                .body("detail", containsString("outside the year 2026"));
        asViewer().queryParams("year", 2026, "period", "2026-13").get(STATUS, 1).then().statusCode(400)
                .body("detail", containsString("names no month"));
        asViewer().queryParams("year", 2026, "period", "Tháng 3").get(STATUS, 1).then().statusCode(400)
                .contentType("application/problem+json");
        asViewer().queryParams("year", 1999, "period", "1999").get(STATUS, 1).then().statusCode(400)
                .body("violations[0].field", equalTo("year"));
        asViewer().queryParams("year", "2026x", "period", "2026").get(STATUS, 1).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("year"));
        asViewer().queryParams("year", 2026, "period", "2026-03", "reported", "maybe").get(STATUS, 1).then().statusCode(400)
                .body("violations[0].field", equalTo("reported"));
        asViewer().queryParams("year", 2026, "period", "2026-03", "size", 501).get(STATUS, 1).then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
        asViewer().queryParams("year", 2026, "period", "2026-03").get(NOT_REPORTED, 12).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("cluster 12 has no members in 2026"));
        asViewer().queryParams("year", 2027, "period", "2027-03").get(NOT_REPORTED, 1).then().statusCode(404);
        given().queryParams("year", 2026, "period", "2026-03").get(NOT_REPORTED, 1).then().statusCode(401)
                .contentType("application/problem+json");
    }
}
