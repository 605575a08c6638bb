package vn.bienphong.emulation.report.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasToString;
import static vn.bienphong.emulation.report.api.Fixtures.as;
import static vn.bienphong.emulation.report.api.Fixtures.asSystem;
import static vn.bienphong.emulation.report.api.Fixtures.asViewer;
import static vn.bienphong.emulation.report.api.Fixtures.month;
import static vn.bienphong.emulation.report.api.Fixtures.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestTokens;
import vn.bienphong.emulation.report.persistence.ReportEntity;
import vn.bienphong.emulation.report.service.RosterService;

@QuarkusTest
class ReportAmendmentTest {

    @Inject
    DataSource dataSource;
    @Inject
    RosterService roster;
    @Inject
    ObjectMapper json;

    @BeforeEach
    void cleanData() {
        Fixtures.cleanWithRosters(dataSource, roster);
    }

    @Test
    void shouldKeepEveryVersionAndCountOnlyTheLatestInTotals() {
        String id = Fixtures.submit(report("BDBP-NINH-BINH", 1, 2025, month(2025, 6), Map.of("crimeCases", 40, "drugsSeizedGrams", 12.5)));
        Fixtures.submit(report("BDBP-LANG-SON", 1, 2025, month(2025, 6), Map.of("crimeCases", 10)));
        asViewer().queryParam("year", 2025).get("/api/v1/totals/clusters/1")
                .then().statusCode(200).body("figures.find { it.metric == 'crimeCases' }.value", equalTo(50));

        as(TestTokens.unit("BDBP-NINH-BINH")).header("Idempotency-Key", "nb-fix-1")
                .body(Map.of("basedOnVersion", 1, "figures", Map.of("crimeCases", 42, "drugsSeizedGrams", 12.75),
                        "notes", "Sửa số liệu tháng 6"))
                .post("/api/v1/reports/{id}/amendments", id)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/reports/" + id + "/versions/2"))
                .body("version", equalTo(2)).body("supersedesVersion", equalTo(1));
        // a retry of the same amendment stores nothing new
        as(TestTokens.unit("BDBP-NINH-BINH")).header("Idempotency-Key", "nb-fix-1")
                .body(Map.of("basedOnVersion", 1, "figures", Map.of("crimeCases", 42, "drugsSeizedGrams", 12.75),
                        "notes", "Sửa số liệu tháng 6"))
                .post("/api/v1/reports/{id}/amendments", id)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("version", equalTo(2));
        // an amendment based on a superseded version is refused
        asSystem().body(Map.of("basedOnVersion", 1, "figures", Map.of("crimeCases", 1)))
                .post("/api/v1/reports/{id}/amendments", id).then().statusCode(409).contentType("application/problem+json");

        asViewer().queryParam("year", 2025).get("/api/v1/totals/clusters/1")
                .then().statusCode(200)
                .body("figures.find { it.metric == 'crimeCases' }.value", equalTo(52))
                .body("figures.find { it.metric == 'drugsSeizedGrams' }.value", hasToString("12.75"))
                .body("reportsCounted", equalTo(2));
        asViewer().get("/api/v1/reports/{id}/versions", id).then().statusCode(200)
                .body("items", hasSize(2)).body("totalItems", equalTo(2))
                .body("items[0].figures.crimeCases", equalTo(40)).body("items[0].currentVersion", equalTo(2))
                .body("items[1].figures.crimeCases", equalTo(42)).body("items[1].notes", equalTo("Sửa số liệu tháng 6"));
        asViewer().get("/api/v1/reports/{id}/versions/1", id).then().statusCode(200).body("figures.crimeCases", equalTo(40));
        asViewer().get("/api/v1/reports/{id}", id).then().statusCode(200).body("version", equalTo(2));
        asViewer().get("/api/v1/reports/{id}/versions/3", id).then().statusCode(404);
        assertThat(ReportEntity.count()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAmendmentsFromAnotherUnitOrWithBadFigures() {
        String id = Fixtures.submit(report("BDBP-HAI-PHONG", 1, 2025, month(2025, 7), Map.of("coastalPatrols", 5)));
        as(TestTokens.unit("BDBP-LANG-SON")).body(Map.of("figures", Map.of("coastalPatrols", 6)))
                .post("/api/v1/reports/{id}/amendments", id).then().statusCode(403);
        asViewer().body(Map.of("figures", Map.of("coastalPatrols", 6)))
                .post("/api/v1/reports/{id}/amendments", id).then().statusCode(403);
        asSystem().body(Map.of("figures", Map.of("coastalPatrols", -6)))
                .post("/api/v1/reports/{id}/amendments", id).then().statusCode(400)
                .body("violations[0].field", equalTo("figures.coastalPatrols"));
        asSystem().body(Map.of("figures", Map.of())).post("/api/v1/reports/{id}/amendments", id).then().statusCode(400);
        asSystem().body(Map.of("figures", Map.of("coastalPatrols", 6)))
                .post("/api/v1/reports/{id}/amendments", "00000000-0000-0000-0000-000000000000").then().statusCode(404);
        asViewer().get("/api/v1/reports/{id}/versions", id).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void shouldRefuseAnAmendmentOnceTheUnitHasLeftTheReportsCluster() {
        String id = Fixtures.submit(report("BDBP-NINH-BINH", 1, 2025, month(2025, 11), Map.of("crimeCases", 9)));
        // cluster-service moves Ninh Bình from Cluster 1 to Cluster 3 for 2025, through the broker
        Fixtures.membershipThroughKafka(dataSource, Fixtures.membership(1, 2025, Fixtures.CLUSTER_1_2025.stream()
                .filter(u -> !u.equals("BDBP-NINH-BINH")).toList()));
        Fixtures.membershipThroughKafka(dataSource, Fixtures.membership(3, 2025, java.util.List.of("BDBP-THANH-HOA",
                "BDBP-NGHE-AN", "BDBP-HUE", "BDBP-NINH-BINH")));
        long events = Fixtures.count(dataSource, "outbox_event", "true");

        as(TestTokens.unit("BDBP-NINH-BINH")).body(Map.of("basedOnVersion", 1, "figures", Map.of("crimeCases", 10)))
                .post("/api/v1/reports/{id}/amendments", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("unit BDBP-NINH-BINH is not a member of cluster 1 in 2025; it is in cluster 3"));
        // nothing stored, nothing published
        asViewer().get("/api/v1/reports/{id}/versions", id).then().statusCode(200).body("items", hasSize(1));
        assertThat(Fixtures.count(dataSource, "outbox_event", "true")).isEqualTo(events);

        // in no cluster at all it is refused too; back in Cluster 1 it may amend again
        Fixtures.membershipThroughKafka(dataSource, Fixtures.membership(3, 2025, Fixtures.CLUSTER_3_2025));
        asSystem().body(Map.of("figures", Map.of("crimeCases", 10))).post("/api/v1/reports/{id}/amendments", id)
                .then().statusCode(422).body("detail", equalTo("unit BDBP-NINH-BINH is in no cluster in 2025"));
        Fixtures.membershipThroughKafka(dataSource, Fixtures.membership(1, 2025, Fixtures.CLUSTER_1_2025));
        asSystem().body(Map.of("basedOnVersion", 1, "figures", Map.of("crimeCases", 10))).post("/api/v1/reports/{id}/amendments", id)
                .then().statusCode(201).body("version", equalTo(2)).body("supersedesVersion", equalTo(1));
    }

    @Test
    void shouldPublishTheFiguresOfEachVersionAndWhatItSupersedes() throws Exception {
        String id = Fixtures.submit(report("BDBP-QUANG-NINH", 1, 2025, month(2025, 8),
                Map.of("budgetCollectedVnd", 10_000_000_000L, "fireworksSeizedKg", 535.8)));
        asSystem().body(Map.of("figures", Map.of("budgetCollectedVnd", 12_500_000_000L, "fireworksSeizedKg", 536)))
                .post("/api/v1/reports/{id}/amendments", id).then().statusCode(201);

        var records = EventTopicReader.read("report-events", v -> v.contains(id), 2, Duration.ofSeconds(30));
        assertThat(records).hasSize(2);
        assertThat(records).extracting(r -> r.key()).containsOnly("1");
        JsonNode submitted = json.readTree(records.get(0).value());
        JsonNode amended = json.readTree(records.get(1).value());
        assertThat(submitted.get("type").asText()).isEqualTo("report-submitted.v1");
        assertThat(submitted.at("/data/version").asInt()).isEqualTo(1);
        assertThat(submitted.at("/data/figures/budgetCollectedVnd").decimalValue()).isEqualByComparingTo("10000000000");
        assertThat(submitted.at("/data/figures/fireworksSeizedKg").decimalValue()).isEqualByComparingTo("535.8");
        assertThat(submitted.at("/data/supersededFigures").isNull()).isTrue();
        assertThat(submitted.at("/data/period/label").asText()).isEqualTo("2025-08");
        assertThat(amended.get("type").asText()).isEqualTo("report-amended.v1");
        assertThat(amended.at("/data/version").asInt()).isEqualTo(2);
        assertThat(amended.at("/data/supersededVersion").asInt()).isEqualTo(1);
        assertThat(amended.at("/data/figures/budgetCollectedVnd").decimalValue()).isEqualByComparingTo("12500000000");
        assertThat(amended.at("/data/supersededFigures/budgetCollectedVnd").decimalValue()).isEqualByComparingTo("10000000000");
        assertThat(amended.at("/data/unitCode").asText()).isEqualTo("BDBP-QUANG-NINH");
        assertThat(submitted.at("/data/models/0/product").asText()).isEqualTo("120 suất học bổng");
        assertThat(amended.at("/data/models").size()).isZero();
    }

    @Test
    void shouldPublishNothingWhenTheTransactionFails() throws SQLException {
        // the database fails the version's insert, which comes after the event was written to the outbox
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE OR REPLACE FUNCTION fail_marked_version() RETURNS trigger AS $$
                    BEGIN
                      IF NEW.notes = 'FAIL-THIS-TRANSACTION' THEN RAISE EXCEPTION 'failing on purpose'; END IF;
                      RETURN NEW;
                    END $$ LANGUAGE plpgsql""");
            s.execute("CREATE TRIGGER fail_marked BEFORE INSERT ON report_version FOR EACH ROW EXECUTE FUNCTION fail_marked_version()");
        }
        try {
            Map<String, Object> failing = report("BDBP-HUNG-YEN", 1, 2025, month(2025, 9), Map.of("giftsGiven", 77));
            failing.put("notes", "FAIL-THIS-TRANSACTION");
            asSystem().body(failing).post("/api/v1/reports").then().statusCode(500).contentType("application/problem+json");
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER fail_marked ON report_version");
            }
        }
        assertThat(ReportEntity.count()).isZero();
        String later = Fixtures.submit(report("BDBP-HUNG-YEN", 1, 2025, month(2025, 10), Map.of("giftsGiven", 78)));

        var records = EventTopicReader.read("report-events", v -> v.contains("BDBP-HUNG-YEN"), 2, Duration.ofSeconds(8));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).value()).contains(later).contains("\"giftsGiven\":78").doesNotContain("\"giftsGiven\":77");
    }
}
