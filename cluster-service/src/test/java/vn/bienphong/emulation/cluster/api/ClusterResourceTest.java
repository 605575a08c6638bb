package vn.bienphong.emulation.cluster.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.bienphong.emulation.cluster.api.ApiFixtures.asCouncil;
import static vn.bienphong.emulation.cluster.api.ApiFixtures.asViewer;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.cluster.persistence.ChairHandoverEntity;
import vn.bienphong.emulation.cluster.persistence.ClusterEntity;
import vn.bienphong.emulation.cluster.persistence.ClusterYearEntity;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestTokens;

@QuarkusTest
class ClusterResourceTest {

    private static final List<String> CLUSTER_1_2022 = List.of("QN", "LS", "CB", "HG", "LC", "LCH", "DB", "SL");
    private static final List<String> CLUSTER_1_2025 = List.of("LS", "CB", "QN", "HP", "HY", "NB");

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
        for (String code : List.of("QN", "LS", "CB", "HG", "LC", "LCH", "DB", "SL", "HP", "HY", "NB", "TH", "NA")) {
            ApiFixtures.registerUnit("BDBP-" + code, "BĐBP " + code);
        }
        ApiFixtures.createCluster(1, "Cụm thi đua số 1 BĐBP");
        ApiFixtures.createCluster(3, "Cụm thi đua số 3 BĐBP");
    }

    private static List<String> codes(List<String> shortCodes) {
        return shortCodes.stream().map(c -> "BDBP-" + c).toList();
    }

    @Test
    void shouldKeepEachYearsMembershipAsHistory() {
        ApiFixtures.setUpYear(1, 2022, codes(CLUSTER_1_2022), "BDBP-LS");
        ApiFixtures.setUpYear(1, 2025, codes(CLUSTER_1_2025), "BDBP-LS");

        asViewer().get("/api/v1/clusters/1/years/2022").then().statusCode(200)
                .body("members", hasSize(8)).body("chairUnitName", equalTo("BĐBP LS"))
                .body("members[0].unitCode", equalTo("BDBP-QN")).body("members[0].rotationPosition", equalTo(1));
        asViewer().get("/api/v1/clusters/1/years/2025").then().statusCode(200).body("members", hasSize(6));
        asViewer().get("/api/v1/clusters/1/years").then().statusCode(200).body("items.year", contains(2022, 2025))
                .body("totalItems", equalTo(2));
        asViewer().get("/api/v1/clusters/1").then().statusCode(200).body("years", contains(2022, 2025));
        asViewer().get("/api/v1/units/BDBP-SL/memberships").then().statusCode(200)
                .body("items.year", contains(2022)).body("items[0].clusterNumber", equalTo(1));
        asViewer().get("/api/v1/clusters").then().statusCode(200).body("items.number", contains(1, 3));
    }

    @Test
    void shouldChangeAYearAndPublishTheWholeMembership() {
        ApiFixtures.setUpYear(3, 2025, codes(List.of("TH", "NA", "HG")), "BDBP-TH");
        asCouncil().body(Map.of("theme", "Dân chủ, đoàn kết", "members", codes(List.of("TH", "NA")),
                        "chairUnitCode", "BDBP-TH", "deputyChairUnitCode", "BDBP-NA"))
                .put("/api/v1/clusters/3/years/2025")
                .then().statusCode(200).body("revision", equalTo(2)).body("members", hasSize(2))
                .body("deputyChairUnitCode", equalTo("BDBP-NA"));

        asViewer().get("/api/v1/clusters/3/years/2025/revisions").then().statusCode(200)
                .body("items.revision", contains(1, 2))
                .body("items[0].rotationOrder", contains("BDBP-TH", "BDBP-NA", "BDBP-HG"))
                .body("items[1].rotationOrder", contains("BDBP-TH", "BDBP-NA"))
                .body("items[1].changedBy", equalTo("council-officer"));
        asViewer().get("/api/v1/clusters/3/chair").then().statusCode(200)
                .body("unitCode", equalTo("BDBP-TH")).body("deputyUnitCode", equalTo("BDBP-NA")).body("year", equalTo(2025));

        var events = EventTopicReader.read("cluster-events",
                v -> v.contains("membership-changed.v1") && v.contains("\"clusterNumber\":3"), 2, Duration.ofSeconds(20));
        assertThat(events).hasSize(2).allSatisfy(r -> assertThat(r.key()).isEqualTo("3"));
        assertThat(events.get(1).value()).contains("\"members\":[{\"unitCode\":\"BDBP-TH\"").doesNotContain("BDBP-HG");
        assertThat(EventTopicReader.read("cluster-events",
                v -> v.contains("chair-assigned.v1") && v.contains("\"deputyChairUnitCode\":\"BDBP-NA\""), 1, Duration.ofSeconds(20)))
                .hasSize(1);
    }

    @Test
    void shouldRefuseAUnitInTwoClustersTheSameYear() {
        ApiFixtures.setUpYear(1, 2025, codes(CLUSTER_1_2025), "BDBP-LS");
        asCouncil().body(Map.of("members", codes(List.of("TH", "NA", "NB"))))
                .put("/api/v1/clusters/3/years/2025")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("BDBP-NB is already a member of cluster 1"));
        assertThat(ClusterYearEntity.findFor(3, 2025)).isEmpty();

        // the same unit may change clusters from one year to the next
        ApiFixtures.setUpYear(3, 2026, codes(List.of("TH", "NA", "NB")), "BDBP-TH");
    }

    @Test
    void shouldRefuseBadYearSetupsAndStoreNothing() {
        asCouncil().body(Map.of("members", codes(List.of("TH", "NA")))).put("/api/v1/clusters/3/years/1999")
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("year"));
        asCouncil().body(Map.of("members", List.of("BDBP-TH", "BDBP-NOBODY"))).put("/api/v1/clusters/3/years/2025")
                .then().statusCode(422).body("detail", containsString("unknown unit BDBP-NOBODY"));
        asCouncil().body(Map.of("members", List.of())).put("/api/v1/clusters/3/years/2025")
                .then().statusCode(400).body("violations.field", hasItem("members"));
        asCouncil().body(Map.of("members", codes(List.of("TH", "NA")), "chairUnitCode", "BDBP-QN")).put("/api/v1/clusters/3/years/2025")
                .then().statusCode(422).body("detail", containsString("chair BDBP-QN is not a member"));
        asCouncil().body(Map.of("members", codes(List.of("TH", "NA")), "theme", "x".repeat(501))).put("/api/v1/clusters/3/years/2025")
                .then().statusCode(400).body("violations[0].field", equalTo("theme"));
        asCouncil().body("{\"members\": [\"BDBP-TH\", ").put("/api/v1/clusters/3/years/2025")
                .then().statusCode(400).contentType("application/problem+json");
        asCouncil().body(Map.of("members", codes(List.of("TH", "NA")))).put("/api/v1/clusters/42/years/2025")
                .then().statusCode(404).body("detail", containsString("no cluster number 42"));
        assertThat(ClusterYearEntity.count()).isZero();

        asCouncil().body(Map.of("number", 100, "name", "Cụm 100")).post("/api/v1/clusters")
                .then().statusCode(400).body("violations[0].field", equalTo("number"));
        asCouncil().body(Map.of("number", 1, "name", "Cụm thi đua số 1")).post("/api/v1/clusters")
                .then().statusCode(409).contentType("application/problem+json");
        asCouncil().body(Map.of("number", 5, "name", "")).post("/api/v1/clusters")
                .then().statusCode(400).body("violations[0].field", equalTo("name"));
        assertThat(ClusterEntity.count()).isEqualTo(2);
    }

    @Test
    void shouldLetOnlyTheCouncilManageClusters() {
        Map<String, Object> setup = Map.of("members", codes(List.of("TH", "NA")));
        asViewer().body(setup).put("/api/v1/clusters/3/years/2025").then().statusCode(403);
        given().auth().oauth2(TestTokens.system()).contentType(ContentType.JSON).body(Map.of("number", 9, "name", "Cụm 9"))
                .post("/api/v1/clusters").then().statusCode(403);
        given().auth().oauth2(TestTokens.unit("BDBP-TH")).contentType(ContentType.JSON)
                .body(Map.of("fromYear", 2025)).post("/api/v1/clusters/3/handovers").then().statusCode(403);
        given().contentType(ContentType.JSON).get("/api/v1/clusters/3/years").then().statusCode(401);
        assertThat(ClusterYearEntity.count()).isZero();
        assertThat(ClusterEntity.count()).isEqualTo(2);
    }

    @Test
    void shouldRecordTheCouncilsHandoverAndRefuseAnImpossibleOne() {
        ApiFixtures.setUpYear(1, 2025, codes(CLUSTER_1_2025), "BDBP-LS");
        asCouncil().body(Map.of("fromYear", 2025, "toUnitCode", "BDBP-TH")).post("/api/v1/clusters/1/handovers")
                .then().statusCode(422).body("detail", equalTo("BDBP-TH is not a member of cluster 1 in 2026"));
        asCouncil().body(Map.of("fromYear", 2024)).post("/api/v1/clusters/1/handovers").then().statusCode(404);
        asCouncil().body(Map.of("fromYear", 2025, "toUnitCode", "bad code")).post("/api/v1/clusters/1/handovers")
                .then().statusCode(400).body("violations[0].field", equalTo("toUnitCode"));
        assertThat(ChairHandoverEntity.count()).isZero();

        asCouncil().body(Map.of("fromYear", 2025, "toUnitCode", "BDBP-CB", "reference", "Hội nghị tổng kết 26/09/2025"))
                .post("/api/v1/clusters/1/handovers")
                .then().statusCode(201).body("outcome", equalTo("COMPLETED")).body("fromUnitCode", equalTo("BDBP-LS"))
                .body("toUnitCode", equalTo("BDBP-CB")).body("forYear", equalTo(2026));
        asViewer().get("/api/v1/clusters/1/chair").then().statusCode(200).body("year", equalTo(2026)).body("unitCode", equalTo("BDBP-CB"));
        asViewer().get("/api/v1/clusters/1/years/2026").then().statusCode(200).body("members", hasSize(6));
        asCouncil().body(Map.of("fromYear", 2025)).post("/api/v1/clusters/1/handovers")
                .then().statusCode(422).body("detail", containsString("handed over already"));
        asViewer().get("/api/v1/clusters/1/handovers").then().statusCode(200).body("items", hasSize(1));
    }
}
