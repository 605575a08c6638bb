package vn.bienphong.emulation.report.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.bienphong.emulation.report.api.Fixtures.as;
import static vn.bienphong.emulation.report.api.Fixtures.asCouncil;
import static vn.bienphong.emulation.report.api.Fixtures.asSystem;
import static vn.bienphong.emulation.report.api.Fixtures.asViewer;
import static vn.bienphong.emulation.report.api.Fixtures.month;
import static vn.bienphong.emulation.report.api.Fixtures.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.TestTokens;
import vn.bienphong.emulation.common.rules.ReportCounting;
import vn.bienphong.emulation.report.service.RosterService;

@QuarkusTest
class TotalsAndSnapshotsTest {

    /** Cluster 1's 2025 results as the press reported them (seed-facts.json). */
    static final Map<String, BigDecimal> CLUSTER_1_2025 = new LinkedHashMap<>();

    static {
        Object[][] seeds = {
                {"borderPatrols", "10700"}, {"borderPatrolPersonnelTimes", "48100"}, {"bilateralPatrols", "23"},
                {"patrolRoadClearedKm", "92"}, {"coastalPatrols", "157"}, {"coastalPatrolNauticalMiles", "10400"},
                {"iuuOperations", "10"}, {"iuuShips", "17"}, {"iuuCanoes", "21"}, {"iuuPersonnel", "142"},
                {"crimeCases", "908"}, {"crimeSubjects", "2882"}, {"crimeVehicles", "243"}, {"criminalCases", "75"},
                {"criminalSubjects", "122"}, {"criminalRelatedPersons", "31"}, {"administrativeCases", "660"},
                {"administrativeSubjects", "1366"}, {"budgetCollectedVnd", "10000000000"}, {"drugsSeizedGrams", "49.661"},
                {"goldSeizedKg", "4"}, {"fireworksSeizedKg", "535.8"}, {"propagandaSessions", "11000"},
                {"propagandaListenerTimes", "344000"}, {"giftsGiven", "7200"}, {"giftsValueVnd", "10000000000"},
                {"housesBuilt", "60"}, {"livelihoodWorksValueVnd", "13000000000"}, {"freeMedicalCheckups", "2800"},
                {"freeMedicalValueVnd", "500000000"}, {"peopleRescued", "330"}, {"disasterIncidentsHandled", "120"}};
        for (Object[] seed : seeds) {
            CLUSTER_1_2025.put((String) seed[0], new BigDecimal((String) seed[1]));
        }
    }

    @Inject
    DataSource dataSource;
    @Inject
    RosterService roster;

    @BeforeEach
    void cleanData() {
        Fixtures.cleanWithRosters(dataSource, roster);
    }

    @Test
    void shouldAddTheMembersReportsUpToTheClusterTotalsOfTheSeeds() {
        submitSeedsSplitAcrossMembers();
        Fixtures.submit(report("BDBP-HUE", 3, 2025, Fixtures.wholeYear(2025), Map.of("crimeCases", 92, "peopleRescued", 5)));
        // a campaign's figures are in the regular reports already: tallied apart, not added to the year
        Fixtures.submit(report("BDBP-LANG-SON", 1, 2025, Map.of("kind", "CAMPAIGN", "label", "giai-phong-mien-nam-50",
                "from", "2025-03-01", "to", "2025-04-30"), Map.of("crimeCases", 99)));

        JsonPath cluster = asViewer().queryParam("year", 2025).get("/api/v1/totals/clusters/1")
                .then().statusCode(200).body("scope", equalTo("CLUSTER")).body("reportsCounted", equalTo(12))
                .extract().jsonPath();
        assertThat(figures(cluster)).isEqualTo(CLUSTER_1_2025);
        assertThat(cluster.getString("figures.find { it.metric == 'borderPatrols' }.nameVi")).isEqualTo("Tuần tra, kiểm soát biên giới");

        JsonPath force = asViewer().queryParam("year", 2025).get("/api/v1/totals/force").then().statusCode(200).extract().jsonPath();
        assertThat(figures(force).get("crimeCases")).isEqualByComparingTo("1000");
        assertThat(figures(force).get("peopleRescued")).isEqualByComparingTo("335");

        JsonPath unit = asViewer().queryParam("year", 2025).get("/api/v1/totals/units/BDBP-HUE").then().statusCode(200)
                .body("unitName", equalTo("BĐBP thành phố Huế")).extract().jsonPath();
        assertThat(figures(unit)).containsOnlyKeys("crimeCases", "peopleRescued");

        JsonPath campaign = asViewer().queryParams("year", 2025, "period", "giai-phong-mien-nam-50").get("/api/v1/totals/clusters/1")
                .then().statusCode(200).body("reportsCounted", equalTo(1)).extract().jsonPath();
        assertThat(figures(campaign)).containsExactlyEntriesOf(Map.of("crimeCases", new BigDecimal("99")));
        JsonPath june = asViewer().queryParams("year", 2025, "period", "2025-06").get("/api/v1/totals/clusters/1")
                .then().statusCode(200).body("reportsCounted", equalTo(6)).extract().jsonPath();
        assertThat(figures(june)).isNotEmpty();

        asViewer().get("/api/v1/totals/force").then().statusCode(400).body("violations[0].field", equalTo("year"));
        io.restassured.RestAssured.given().get("/api/v1/totals/force?year=2025").then().statusCode(401);
    }

    @Test
    void shouldCountTowardTheYearAndTowardACampaignWhatTheSharedRuleCounts() {
        String campaign = "giai-phong-mien-nam-50";
        Fixtures.submit(report("BDBP-CAO-BANG", 1, 2025, Fixtures.wholeYear(2025), Map.of("crimeCases", 149)));
        Fixtures.submit(report("BDBP-CAO-BANG", 1, 2025, Map.of("kind", "CAMPAIGN", "label", campaign,
                "from", "2025-03-01", "to", "2025-04-30"), Map.of("crimeCases", 7)));

        asViewer().queryParam("year", 2025).get("/api/v1/totals/units/BDBP-CAO-BANG").then().statusCode(200)
                .body("reportsCounted", equalTo(1)).body("figures.find { it.metric == 'crimeCases' }.value", equalTo(149));
        asViewer().queryParams("year", 2025, "period", campaign).get("/api/v1/totals/units/BDBP-CAO-BANG").then().statusCode(200)
                .body("reportsCounted", equalTo(1)).body("figures.find { it.metric == 'crimeCases' }.value", equalTo(7));

        // the same figures worked out from the unit's reports by ReportCounting, the rule award-service's standings use
        BigDecimal towardYear = BigDecimal.ZERO;
        BigDecimal towardCampaign = BigDecimal.ZERO;
        for (Map<String, Object> summary : asViewer().queryParams("year", 2025, "unit", "BDBP-CAO-BANG").get("/api/v1/reports")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> period = (Map<String, Object>) summary.get("period");
            BigDecimal crimeCases = new BigDecimal(asViewer().get("/api/v1/reports/{id}", summary.get("id")).then().statusCode(200)
                    .extract().jsonPath().getString("figures.crimeCases"));
            if (ReportCounting.countsTowardYear((String) period.get("kind"))) {
                towardYear = towardYear.add(crimeCases);
            }
            if (ReportCounting.countsTowardCampaign((String) period.get("kind"), (String) period.get("label"), campaign)) {
                towardCampaign = towardCampaign.add(crimeCases);
            }
        }
        assertThat(towardYear).isEqualByComparingTo("149");
        assertThat(towardCampaign).isEqualByComparingTo("7");
        assertThat(figures(asViewer().queryParam("year", 2025).get("/api/v1/totals/clusters/1").then().statusCode(200)
                .extract().jsonPath()).get("crimeCases")).isEqualByComparingTo(towardYear);
    }

    @Test
    void shouldExportTotalsAndReportsAsCsvWithVietnameseNamesIntact() {
        Fixtures.submit(report("BDBP-LANG-SON", 1, 2025, month(2025, 1), Map.of("budgetCollectedVnd", 78_000_000_000L, "fireworksSeizedKg", 535.8)));
        Fixtures.submit(report("BDBP-CAO-BANG", 1, 2025, month(2025, 1), Map.of("budgetCollectedVnd", 5)));

        byte[] totals = asViewer().queryParam("year", 2025).get("/api/v1/totals/clusters/1.csv")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asByteArray();
        String totalsCsv = new String(totals, StandardCharsets.UTF_8);
        assertThat(totalsCsv.lines().findFirst()).contains("scope,year,clusterNumber,unitCode,period,metric,nameVi,nameEn,unitOfMeasure,value");
        assertThat(totalsCsv).contains("budgetCollectedVnd,\"Thu nộp ngân sách nhà nước\"", "78000000005", "535.8", "đồng");

        byte[] reports = asViewer().queryParams("year", 2025, "cluster", 1).get("/api/v1/reports/export.csv")
                .then().statusCode(200).extract().asByteArray();
        String reportsCsv = new String(reports, StandardCharsets.UTF_8);
        assertThat(reportsCsv.lines()).hasSize(4);
        assertThat(reportsCsv).contains("BĐBP tỉnh Lạng Sơn", "BĐBP tỉnh Cao Bằng", "2025-01", "78000000000");
        String unitCsv = new String(asViewer().queryParam("year", 2025).get("/api/v1/totals/units/BDBP-LANG-SON.csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(unitCsv).contains("UNIT,2025,,BDBP-LANG-SON").contains("535.8");
        asViewer().queryParam("year", 2025).get("/api/v1/totals/force.csv").then().statusCode(200).contentType(containsString("text/csv"));
        asViewer().queryParam("year", 2025).get("/api/v1/totals/units/BDBP-LANG-SON").then().statusCode(200)
                .contentType(containsString("application/json"));
    }

    @Test
    void shouldFreezeTheNightlySnapshotAgainstLaterReports() {
        Fixtures.submit(report("BDBP-LANG-SON", 1, 2025, month(2025, 1), Map.of("crimeCases", 10)));
        String hue = Fixtures.submit(report("BDBP-HUE", 3, 2025, month(2025, 1), Map.of("crimeCases", 7)));

        asViewer().post("/api/v1/snapshots").then().statusCode(403);
        as(TestTokens.system()).post("/api/v1/snapshots").then().statusCode(403);
        String date = asCouncil().post("/api/v1/snapshots").then().statusCode(201)
                .body("reportsCounted", equalTo(2)).body("clusters", hasSize(2))
                .extract().path("date");
        String first = asViewer().get("/api/v1/snapshots/{date}", date).then().statusCode(200).extract().asString();

        Fixtures.submit(report("BDBP-CAO-BANG", 1, 2025, month(2025, 1), Map.of("crimeCases", 5)));
        asSystem().body(Map.of("figures", Map.of("crimeCases", 70))).post("/api/v1/reports/{id}/amendments", hue).then().statusCode(201);
        // a second trigger on the same date gives the snapshot taken before, unchanged
        asCouncil().post("/api/v1/snapshots").then().statusCode(200).body("reportsCounted", equalTo(2));

        String second = asViewer().get("/api/v1/snapshots/{date}", date).then().statusCode(200).extract().asString();
        assertThat(second).isEqualTo(first);
        JsonPath snapshot = JsonPath.from(second);
        assertThat(snapshot.getInt("clusters.find { it.clusterNumber == 1 }.figures[0].value")).isEqualTo(10);
        assertThat(snapshot.getInt("clusters.find { it.clusterNumber == 3 }.figures[0].value")).isEqualTo(7);
        asViewer().queryParam("year", 2025).get("/api/v1/totals/clusters/3").then().body("figures[0].value", equalTo(70));
        asViewer().queryParam("cluster", 3).get("/api/v1/snapshots/{date}", date).then().body("clusters", hasSize(1));
        asViewer().get("/api/v1/snapshots").then().statusCode(200).body("items[0].date", equalTo(date));
        asViewer().get("/api/v1/snapshots/2001-01-01").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldPageTheChangeFeedInAStableOrder() {
        OffsetDateTime start = OffsetDateTime.now().minusSeconds(1);
        String a = Fixtures.submit(report("BDBP-LANG-SON", 1, 2025, month(2025, 1), Map.of("crimeCases", 1)));
        String b = Fixtures.submit(report("BDBP-CAO-BANG", 1, 2025, month(2025, 1), Map.of("crimeCases", 1)));
        String c = Fixtures.submit(report("BDBP-HUE", 3, 2025, month(2025, 1), Map.of("crimeCases", 1)));
        asSystem().body(Map.of("figures", Map.of("crimeCases", 2))).post("/api/v1/reports/{id}/amendments", a).then().statusCode(201);

        // a change shows once no transaction that began before it is open (the outbox relay's may be, for a moment)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> asViewer().queryParams("since", start.toString())
                .get("/api/v1/reports/changes").then().body("totalItems", equalTo(3)));
        List<String> page0 = asViewer().queryParams("since", start.toString(), "size", 2).get("/api/v1/reports/changes")
                .then().statusCode(200).body("totalItems", equalTo(3)).extract().path("items.id");
        List<String> page1 = asViewer().queryParams("since", start.toString(), "size", 2, "page", 1).get("/api/v1/reports/changes")
                .then().statusCode(200).extract().path("items.id");
        assertThat(page0).containsExactly(b, c);
        assertThat(page1).containsExactly(a);
        String lastChange = asViewer().queryParams("since", start.toString(), "size", 2, "page", 1).get("/api/v1/reports/changes")
                .then().body("items[0].currentVersion", equalTo(2)).extract().path("items[0].changedAt");
        asViewer().queryParams("since", lastChange).get("/api/v1/reports/changes").then().body("items.id", equalTo(List.of(a)));
        asViewer().get("/api/v1/reports/changes").then().statusCode(400).body("violations[0].field", equalTo("since"));
        asViewer().queryParam("since", "yesterday").get("/api/v1/reports/changes").then().statusCode(400);
    }

    @Test
    void shouldNeverSkipAReportWhoseTransactionCommitsAfterALaterOne() throws Exception {
        OffsetDateTime start = OffsetDateTime.now().minusSeconds(1);
        UUID early = UUID.randomUUID();
        String later;
        try (Connection slow = dataSource.getConnection()) {
            // a submission still in flight: its transaction began, and stamped its report, before the next one
            slow.setAutoCommit(false);
            try (PreparedStatement insert = slow.prepareStatement("""
                    INSERT INTO report (id, unit_code, cluster_number, year, period_kind, period_label, period_from,
                                        period_to, current_version, created_at, updated_at)
                    VALUES (?, 'BDBP-LANG-SON', 1, 2025, 'MONTH', '2025-04', DATE '2025-04-01', DATE '2025-04-30', 1, now(), now())""")) {
                insert.setObject(1, early);
                insert.executeUpdate();
            }
            later = Fixtures.submit(report("BDBP-CAO-BANG", 1, 2025, month(2025, 4), Map.of("crimeCases", 1)));

            // the later report is committed; showing it now would let a consumer ask again from its time and skip the early one
            asViewer().queryParams("since", start.toString()).get("/api/v1/reports/changes")
                    .then().statusCode(200).body("totalItems", equalTo(0));
            slow.commit();
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(asViewer().queryParams("since", start.toString())
                .get("/api/v1/reports/changes").then().statusCode(200).extract().<List<String>>path("items.id"))
                .containsExactly(early.toString(), later));
    }

    /** Splits each seed figure across the six members, month 6, so that the reports add up to it exactly. */
    private static void submitSeedsSplitAcrossMembers() {
        List<String> members = Fixtures.CLUSTER_1_2025;
        List<Map<String, Object>> figures = members.stream().map(m -> (Map<String, Object>) new HashMap<String, Object>()).toList();
        CLUSTER_1_2025.forEach((metric, total) -> {
            BigDecimal share = total.divide(BigDecimal.valueOf(members.size()), 0, RoundingMode.DOWN);
            BigDecimal last = total.subtract(share.multiply(BigDecimal.valueOf(members.size() - 1)));
            for (int i = 0; i < members.size(); i++) {
                figures.get(i).put(metric, i == members.size() - 1 ? last : share);
            }
        });
        for (int i = 0; i < members.size(); i++) {
            Fixtures.submit(report(members.get(i), 1, 2025, month(2025, 6), figures.get(i)));
            // and a quarter with zeros: other reports of the year add to the totals too
            Fixtures.submit(report(members.get(i), 1, 2025, Map.of("kind", "QUARTER", "label", "2025-Q4"), Map.of("crimeCases", 0)));
        }
    }

    private static Map<String, BigDecimal> figures(JsonPath totals) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        List<Map<String, Object>> list = totals.getList("figures");
        for (Map<String, Object> f : list) {
            figures.put((String) f.get("metric"), new BigDecimal(f.get("value").toString()));
        }
        Map<String, BigDecimal> sorted = new LinkedHashMap<>();
        CLUSTER_1_2025.keySet().stream().filter(figures::containsKey).forEach(k -> sorted.put(k, figures.get(k)));
        figures.keySet().stream().filter(k -> !sorted.containsKey(k)).forEach(k -> sorted.put(k, figures.get(k)));
        return sorted;
    }
}
