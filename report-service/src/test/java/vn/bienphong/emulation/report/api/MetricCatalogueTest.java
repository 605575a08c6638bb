package vn.bienphong.emulation.report.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.bienphong.emulation.report.api.Fixtures.as;
import static vn.bienphong.emulation.report.api.Fixtures.asCouncil;
import static vn.bienphong.emulation.report.api.Fixtures.asSystem;
import static vn.bienphong.emulation.report.api.Fixtures.asViewer;
import static vn.bienphong.emulation.report.api.Fixtures.month;
import static vn.bienphong.emulation.report.api.Fixtures.report;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.TestTokens;
import vn.bienphong.emulation.report.service.RosterService;

@QuarkusTest
class MetricCatalogueTest {

    @Inject
    DataSource dataSource;
    @Inject
    RosterService roster;

    @BeforeEach
    void cleanData() {
        Fixtures.cleanWithRosters(dataSource, roster);
    }

    @Test
    void shouldBeSeededWithEveryMeasureOfTheSeeds() {
        asViewer().queryParam("size", 500).get("/api/v1/metrics").then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(47))
                .body("items.code", hasItems("borderPatrols", "budgetCollectedVnd", "drugsSeizedGrams", "personsCleared",
                        "commsIncidentResponses", "cargoTonnesCleared", "peopleRescued"));
        asViewer().get("/api/v1/metrics/budgetCollectedVnd").then().statusCode(200)
                .body("kind", equalTo("MONEY_VND")).body("nameVi", equalTo("Thu nộp ngân sách nhà nước"))
                .body("maxValue", equalTo(1000000000000000L)).body("aggregation", equalTo("SUM"));
        asViewer().get("/api/v1/metrics/drugsSeizedGrams").then().body("kind", equalTo("DECIMAL")).body("scale", equalTo(3));
        asViewer().get("/api/v1/metrics/noSuchThing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldLetTheCouncilDefineAMetricThatReportsCanCarryAtOnce() {
        String code = "seaRescues" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
        Map<String, Object> metric = Map.of("code", code, "nameVi", "Cứu nạn trên biển", "nameEn", "Rescues at sea",
                "unitOfMeasure", "vụ", "kind", "COUNT", "maxValue", 100000);
        asViewer().body(metric).post("/api/v1/metrics").then().statusCode(403);
        asSystem().body(metric).post("/api/v1/metrics").then().statusCode(403);
        asSystem().body(report("BDBP-LANG-SON", 1, 2025, month(2025, 11), Map.of(code, 3))).post("/api/v1/reports")
                .then().statusCode(400);

        asCouncil().body(metric).post("/api/v1/metrics").then().statusCode(201).body("aggregation", equalTo("SUM"));
        asCouncil().body(metric).post("/api/v1/metrics").then().statusCode(409);
        asSystem().body(report("BDBP-LANG-SON", 1, 2025, month(2025, 11), Map.of(code, 3))).post("/api/v1/reports")
                .then().statusCode(201);
        asSystem().body(report("BDBP-CAO-BANG", 1, 2025, month(2025, 11), Map.of(code, 100001))).post("/api/v1/reports")
                .then().statusCode(400);

        asCouncil().body(Map.of("nameVi", "Cứu nạn trên biển", "nameEn", "Rescues at sea", "unitOfMeasure", "vụ",
                "maxValue", 100000, "aggregation", "SUM", "active", false)).put("/api/v1/metrics/{code}", code)
                .then().statusCode(200).body("active", equalTo(false));
        asSystem().body(report("BDBP-CAO-BANG", 1, 2025, month(2025, 11), Map.of(code, 1))).post("/api/v1/reports")
                .then().statusCode(400);
    }

    @Test
    void shouldRefuseBadMetricDefinitions() {
        Map<String, Object> good = new HashMap<>(Map.of("code", "testMetric", "nameVi", "Thử", "nameEn", "Test",
                "unitOfMeasure", "lần", "kind", "DECIMAL", "scale", 2, "maxValue", 1000));
        Map<String, Object> badCode = new HashMap<>(good);
        badCode.put("code", "Bad Code");
        asCouncil().body(badCode).post("/api/v1/metrics").then().statusCode(400).body("violations[0].field", equalTo("code"));
        Map<String, Object> badScale = new HashMap<>(good);
        badScale.put("kind", "COUNT");
        asCouncil().body(badScale).post("/api/v1/metrics").then().statusCode(400).body("violations[0].field", equalTo("scale"));
        Map<String, Object> badMax = new HashMap<>(good);
        badMax.put("maxValue", -1);
        asCouncil().body(badMax).post("/api/v1/metrics").then().statusCode(400).body("violations[0].field", equalTo("maxValue"));
        Map<String, Object> badKind = new HashMap<>(good);
        badKind.put("kind", "FLOAT");
        asCouncil().body(badKind).post("/api/v1/metrics").then().statusCode(400).body("violations[0].field", equalTo("kind"));
        as(TestTokens.unit("BDBP-LANG-SON")).body(good).post("/api/v1/metrics").then().statusCode(403);
        asViewer().get("/api/v1/metrics/testMetric").then().statusCode(404);
        asCouncil().body(Map.of("nameVi", "x")).put("/api/v1/metrics/borderPatrols").then().statusCode(400);
        asCouncil().body(Map.of("nameVi", "x", "nameEn", "x", "unitOfMeasure", "x", "maxValue", 1, "aggregation", "SUM",
                "active", true)).put("/api/v1/metrics/noSuchMetric").then().statusCode(404);
    }
}
