package vn.bienphong.emulation.report.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static vn.bienphong.emulation.report.api.Fixtures.asSystem;
import static vn.bienphong.emulation.report.api.Fixtures.asViewer;
import static vn.bienphong.emulation.report.api.Fixtures.month;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.CleanDatabase;

/** The model bank: every unit's models from the latest version of its reports; the roster comes through the broker. */
@QuarkusTest
class ModelBankTest {

    static final String BANK = "/api/v1/model-bank";
    static final Map<String, Object> NHAN_DAO = model("Mô hình \"Mỗi đồn biên phòng một địa chỉ nhân đạo\"",
            "Giúp đỡ học sinh nghèo vùng biên giới", "120 suất học bổng");
    static final Map<String, Object> CON_NUOI = model("Mô hình \"Con nuôi đồn Biên phòng\"",
            "Nhận đỡ đầu học sinh có hoàn cảnh khó khăn", "45 cháu được nhận đỡ đầu");
    static final Map<String, Object> XUAN_BIEN_GIOI = model("Chương trình \"Xuân Biên phòng ấm lòng dân bản\"",
            "Tặng quà Tết cho đồng bào biên giới", "2.000 suất quà");

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource, "metric_definition");
        Fixtures.membershipThroughKafka(dataSource, Fixtures.membership(1, 2025,
                List.of("BDBP-LANG-SON", "BDBP-CAO-BANG", "BDBP-QUANG-NINH")));
        Fixtures.membershipThroughKafka(dataSource, Fixtures.membership(3, 2025, List.of("BDBP-THANH-HOA", "BDBP-HUE")));
    }

    @Test
    void shouldFindModelsIgnoringDiacriticsWithTheirUnitAndReport() {
        String langSonMarch = submit("BDBP-LANG-SON", 1, 3, List.of(NHAN_DAO));
        submit("BDBP-CAO-BANG", 1, 3, List.of(CON_NUOI, XUAN_BIEN_GIOI));
        submit("BDBP-QUANG-NINH", 1, 3, List.of());
        submit("BDBP-HUE", 3, 3, List.of(model("Mô hình \"Tiếp sức học sinh Lạng Sơn đến trường\"", null, "30 xe đạp")));

        asViewer().queryParams("year", 2025, "cluster", 1, "q", "lang son").get(BANK)
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].title", equalTo("Mô hình \"Mỗi đồn biên phòng một địa chỉ nhân đạo\""))
                .body("items[0].product", equalTo("120 suất học bổng"))
                .body("items[0].unitCode", equalTo("BDBP-LANG-SON"))
                .body("items[0].unitName", equalTo("BĐBP tỉnh Lạng Sơn"))
                .body("items[0].clusterNumber", equalTo(1)).body("items[0].year", equalTo(2025))
                .body("items[0].reportId", equalTo(langSonMarch)).body("items[0].reportVersion", equalTo(1))
                .body("items[0].period.label", equalTo("2025-03"));
        // across clusters: Huế's model names Lạng Sơn in its title
        asViewer().queryParams("year", 2025, "q", "LẠNG SƠN").get(BANK)
                .then().statusCode(200).body("items.unitCode", contains("BDBP-LANG-SON", "BDBP-HUE"));
        asViewer().queryParams("year", 2025, "q", "con nuoi").get(BANK)
                .then().statusCode(200).body("items.product", contains("45 cháu được nhận đỡ đầu"));
        asViewer().queryParams("year", 2025, "q", "suat qua").get(BANK)
                .then().statusCode(200).body("items.title", contains("Chương trình \"Xuân Biên phòng ấm lòng dân bản\""));
        asViewer().queryParams("year", 2025, "q", "hoc sinh", "cluster", 1).get(BANK)
                .then().statusCode(200).body("items.unitCode", containsInAnyOrder("BDBP-LANG-SON", "BDBP-CAO-BANG"));
        asViewer().queryParams("year", 2025, "q", "hai phong").get(BANK)
                .then().statusCode(200).body("totalItems", equalTo(0)).body("items", empty());
    }

    @Test
    void shouldBrowseAClusterAndYearPagedAndOneUnit() {
        submit("BDBP-LANG-SON", 1, 3, List.of(NHAN_DAO));
        submit("BDBP-CAO-BANG", 1, 3, List.of(CON_NUOI, XUAN_BIEN_GIOI));
        submit("BDBP-CAO-BANG", 1, 4, List.of(CON_NUOI));
        submit("BDBP-HUE", 3, 3, List.of(NHAN_DAO));

        asViewer().queryParams("year", 2025, "cluster", 1).get(BANK)
                .then().statusCode(200).body("totalItems", equalTo(4))
                .body("items.unitCode", contains("BDBP-CAO-BANG", "BDBP-CAO-BANG", "BDBP-CAO-BANG", "BDBP-LANG-SON"))
                .body("items.period.label", contains("2025-03", "2025-03", "2025-04", "2025-03"))
                .body("items.clusterNumber", everyItem(equalTo(1)));
        asViewer().queryParams("year", 2025, "cluster", 1, "size", 3, "page", 1).get(BANK)
                .then().statusCode(200).body("items.unitCode", contains("BDBP-LANG-SON"))
                .body("page", equalTo(1)).body("size", equalTo(3)).body("totalItems", equalTo(4)).body("totalPages", equalTo(2));
        asViewer().queryParams("year", 2025, "unit", "BDBP-CAO-BANG", "q", "con nuoi").get(BANK)
                .then().statusCode(200).body("items.period.label", contains("2025-03", "2025-04"));
        asViewer().queryParams("year", 2025, "cluster", 3).get(BANK)
                .then().statusCode(200).body("items.unitCode", contains("BDBP-HUE"));
        asViewer().queryParams("year", 2024).get(BANK).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldKeepOnlyTheModelsOfTheLatestVersionOfAReport() {
        String id = submit("BDBP-LANG-SON", 1, 3, List.of(NHAN_DAO, CON_NUOI));
        asViewer().queryParams("year", 2025, "unit", "BDBP-LANG-SON").get(BANK)
                .then().statusCode(200).body("totalItems", equalTo(2));

        asSystem().body(Map.of("basedOnVersion", 1, "figures", Map.of("crimeCases", 2), "models", List.of(XUAN_BIEN_GIOI)))
                .post("/api/v1/reports/{id}/amendments", id).then().statusCode(201);

        asViewer().queryParams("year", 2025, "unit", "BDBP-LANG-SON").get(BANK)
                .then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].title", equalTo("Chương trình \"Xuân Biên phòng ấm lòng dân bản\""))
                .body("items[0].reportVersion", equalTo(2)).body("items[0].reportId", equalTo(id));
        asViewer().queryParams("year", 2025, "q", "nhan dao").get(BANK).then().statusCode(200).body("totalItems", equalTo(0));

        // an amendment without models empties the report's share of the bank
        asSystem().body(Map.of("figures", Map.of("crimeCases", 3))).post("/api/v1/reports/{id}/amendments", id)
                .then().statusCode(201);
        asViewer().queryParams("year", 2025, "unit", "BDBP-LANG-SON").get(BANK).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldRefuseBadQuestionsWithProblemJson() {
        asViewer().get(BANK).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("year"));
        asViewer().queryParams("year", 2101).get(BANK).then().statusCode(400).body("violations[0].field", equalTo("year"));
        asViewer().queryParams("year", 2025, "cluster", 0).get(BANK).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("cluster"));
        asViewer().queryParams("year", 2025, "cluster", "one").get(BANK).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("cluster"))
                .body("violations[0].message", equalTo("must be a cluster number, 1 or more"));
        asViewer().queryParams("year", "last").get(BANK).then().statusCode(400)
                .body("violations[0].field", equalTo("year")).body("violations[0].message", equalTo("must be 2000 to 2100"));
        asViewer().queryParams("year", 2025, "q", "x".repeat(201)).get(BANK).then().statusCode(400)
                .body("violations[0].field", equalTo("q"));
        asViewer().queryParams("year", 2025, "page", -1).get(BANK).then().statusCode(400).body("violations[0].field", equalTo("page"));
        given().queryParams("year", 2025).get(BANK).then().statusCode(401).contentType("application/problem+json");
    }

    static Map<String, Object> model(String title, String description, String product) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        model.put("description", description);
        model.put("product", product);
        return model;
    }

    /** A monthly report of 2025 with these models, submitted by the command system; returns its id. */
    static String submit(String unit, int cluster, int month, List<Map<String, Object>> models) {
        Map<String, Object> body = Fixtures.report(unit, cluster, 2025, month(2025, month), Map.of("crimeCases", 1));
        body.put("models", models);
        return Fixtures.submit(body);
    }
}
