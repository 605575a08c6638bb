package vn.bienphong.emulation.award.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static vn.bienphong.emulation.award.Fixtures.asCouncil;
import static vn.bienphong.emulation.award.Fixtures.asViewer;
import static vn.bienphong.emulation.award.Fixtures.awaitStandings;
import static vn.bienphong.emulation.award.Fixtures.figures;
import static vn.bienphong.emulation.award.Fixtures.reportEvent;
import static vn.bienphong.emulation.award.Fixtures.scoreOf;
import static vn.bienphong.emulation.award.Fixtures.send;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.award.Fixtures;
import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.infra.testing.CleanDatabase;

/**
 * A peak campaign's standings (the seeds' 50th anniversary of the liberation of the South, with its own
 * criteria) are scored from the campaign's reports alone, the year's from the year's reports alone, on the
 * real broker and database.
 */
@QuarkusTest
class CampaignStandingsTest {

    private static final int YEAR = 2025;
    private static final String CAMPAIGN = "giai-phong-mien-nam-50";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    private static ReportFiled filed(UUID reportId, String unit, int cluster, ReportFiled.Period period, Map<String, BigDecimal> figures) {
        return new ReportFiled(reportId, 1, unit, cluster, YEAR, period, figures, null, null, List.of(), "unit-" + unit, OffsetDateTime.now());
    }

    private static ReportFiled.Period year() {
        return new ReportFiled.Period("YEAR", Integer.toString(YEAR), LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));
    }

    private static ReportFiled.Period campaign() {
        return new ReportFiled.Period("CAMPAIGN", CAMPAIGN, LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 4, 30));
    }

    private static JsonPath awaitCampaignStandings(int cluster, java.util.function.Predicate<JsonPath> condition) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = asViewer().queryParam("campaign", CAMPAIGN).get("/api/v1/standings/{c}/{y}", cluster, YEAR);
            if (response.statusCode() != 200) {
                return false;
            }
            last[0] = response.jsonPath();
            return condition.test(last[0]);
        });
        return last[0];
    }

    @Test
    void shouldRankAUnitOnItsYearReportInTheYearsStandingsAndOnItsCampaignReportInTheCampaigns() {
        int cluster = 41;
        Fixtures.roster(cluster, YEAR, "LS", "LS", "CB");
        Fixtures.pact(cluster, YEAR);
        asCouncil().queryParam("campaign", CAMPAIGN)
                .body(Map.of("criteria", List.of(Map.of("code", "crime-peak", "title", "Đấu tranh phòng, chống tội phạm (cao điểm)",
                        "kind", "METRIC", "metricCode", "crimeCases", "weight", 100))))
                .put("/api/v1/schemes/{c}/{y}", cluster, YEAR)
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/schemes/" + cluster + "/" + YEAR + "?campaign=" + CAMPAIGN))
                .body("campaign", equalTo(CAMPAIGN)).body("isDefault", equalTo(false)).body("revision", equalTo(1));
        // the campaign's standings exist from its scheme on: every member, nothing reported yet
        JsonPath empty = awaitCampaignStandings(cluster, s -> s.getList("entries").size() == 2);
        assertThat(scoreOf(empty, "CB")).isEqualByComparingTo("0");

        UUID cbYear = UUID.randomUUID();
        UUID cbCampaign = UUID.randomUUID();
        UUID lsCampaign = UUID.randomUUID();
        send(cluster, reportEvent(UUID.randomUUID(), filed(cbYear, "CB", cluster, year(), figures("crimeCases", 149))));
        send(cluster, reportEvent(UUID.randomUUID(), filed(cbCampaign, "CB", cluster, campaign(), figures("crimeCases", 7))));
        send(cluster, reportEvent(UUID.randomUUID(), filed(lsCampaign, "LS", cluster, campaign(), figures("crimeCases", 20))));
        // last on the same partition: once it shows, the three before it were applied
        send(cluster, reportEvent(UUID.randomUUID(), filed(UUID.randomUUID(), "LS", cluster, year(), figures("crimeCases", 10))));

        JsonPath y = awaitStandings(cluster, YEAR, j -> scoreOf(j, "LS").signum() > 0);
        String crime = "entries.find { it.unitCode == '%s' }.breakdown.find { it.criterionCode == 'crime' }";
        assertThat(new BigDecimal(y.getString(crime.formatted("CB") + ".actual"))).as("year: the year report alone").isEqualByComparingTo("149");
        assertThat(y.getList(crime.formatted("CB") + ".reports.reportId")).containsExactly(cbYear.toString());
        assertThat(new BigDecimal(y.getString(crime.formatted("LS") + ".actual"))).isEqualByComparingTo("10");
        assertThat(y.getList("entries.unitCode")).containsExactly("CB", "LS");
        assertThat(y.getMap("$")).doesNotContainKey("campaign");

        JsonPath c = awaitCampaignStandings(cluster, j -> scoreOf(j, "LS").signum() > 0 && scoreOf(j, "CB").signum() > 0);
        String peak = "entries.find { it.unitCode == '%s' }.breakdown.find { it.criterionCode == 'crime-peak' }";
        assertThat(c.getString("campaign")).isEqualTo(CAMPAIGN);
        assertThat(new BigDecimal(c.getString(peak.formatted("CB") + ".actual"))).as("campaign: the campaign report alone")
                .isEqualByComparingTo("7");
        assertThat(c.getList(peak.formatted("CB") + ".reports.reportId")).containsExactly(cbCampaign.toString());
        assertThat(new BigDecimal(c.getString(peak.formatted("LS") + ".actual"))).isEqualByComparingTo("20");
        assertThat(c.getList(peak.formatted("LS") + ".reports.reportId")).containsExactly(lsCampaign.toString());
        assertThat(c.getList("entries.unitCode")).containsExactly("LS", "CB");
        assertThat(scoreOf(c, "LS")).isEqualByComparingTo("100.00");
        assertThat(scoreOf(c, "CB")).isEqualByComparingTo("35.00");

        // the year's scheme is untouched by the campaign's, and a unit's history lists the year's place only
        asViewer().get("/api/v1/schemes/{c}/{y}", cluster, YEAR).then().statusCode(200)
                .body("criteria.code", equalTo(List.of("patrols", "crime"))).body("$", not(org.hamcrest.Matchers.hasKey("campaign")));
        asViewer().queryParam("campaign", CAMPAIGN).get("/api/v1/schemes/{c}/{y}", cluster, YEAR).then().statusCode(200)
                .body("campaign", equalTo(CAMPAIGN)).body("criteria.code", equalTo(List.of("crime-peak")));
        asViewer().get("/api/v1/units/CB/standings").then().statusCode(200)
                .body("years.size()", equalTo(1)).body("years[0].rank", equalTo(1));
    }

    @Test
    void shouldRefuseABadCampaignCodeOrAnUnaskedCampaignInTheDomainsWordsAndStoreNothing() {
        int cluster = 42;
        Map<String, Object> scheme = Map.of("criteria", List.of(Map.of("code", "crime-peak", "kind", "METRIC",
                "metricCode", "crimeCases", "weight", 100)));
        asCouncil().queryParam("campaign", "GP 50").body(scheme).put("/api/v1/schemes/{c}/{y}", cluster, YEAR)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("campaign"))
                .body("detail", containsString("is not a campaign's code"))
                .body("detail", not(containsString("java")));
        asCouncil().queryParam("campaign", CAMPAIGN)
                .body(Map.of("criteria", List.of(Map.of("code", "discipline", "kind", "QUALITATIVE", "weight", 20)),
                        "awardBonuses", List.of(Map.of("awardCode", "MINISTRY_FLAG", "points", 15))))
                .put("/api/v1/schemes/{c}/{y}", cluster, YEAR)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("criteria[0].kind", "awardBonuses")))
                .body("detail", containsString("a campaign's standings"));
        assertThat(CleanDatabase.rows(dataSource, "campaign_scheme") + CleanDatabase.rows(dataSource, "campaign_standing")
                + CleanDatabase.rows(dataSource, "scoring_scheme")).as("nothing stored").isZero();

        asViewer().queryParam("campaign", "tet-2025").get("/api/v1/standings/{c}/{y}", cluster, YEAR)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("cluster 42 has no scheme for the campaign tet-2025 in 2025: a campaign's standings are kept"
                        + " once the council sets its scheme"));
        asViewer().queryParam("campaign", "tet-2025").get("/api/v1/schemes/{c}/{y}", cluster, YEAR)
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("no scheme for the campaign"));
        asViewer().queryParam("campaign", "TET").get("/api/v1/standings/{c}/{y}", cluster, YEAR)
                .then().statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("campaign"));
    }

    @Test
    void shouldListANewMemberAndRecountTheCampaignsStandingsOnARebuild() throws Exception {
        int cluster = 43;
        Fixtures.roster(cluster, YEAR, "LS", "LS", "CB");
        asCouncil().queryParam("campaign", CAMPAIGN)
                .body(Map.of("criteria", List.of(Map.of("code", "crime-peak", "kind", "METRIC", "metricCode", "crimeCases", "weight", 100))))
                .put("/api/v1/schemes/{c}/{y}", cluster, YEAR).then().statusCode(201);
        send(cluster, reportEvent(UUID.randomUUID(), filed(UUID.randomUUID(), "CB", cluster, campaign(), figures("crimeCases", 7))));
        awaitCampaignStandings(cluster, j -> scoreOf(j, "CB").signum() > 0);

        // a change of the roster lists the new member in the campaign's standings too
        Fixtures.roster(cluster, YEAR, "LS", "LS", "CB", "QN");
        awaitCampaignStandings(cluster, j -> j.getList("entries").size() == 3);

        // the campaign's totals and standings lost: a rebuild recounts them from the report topic
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE unit_total SET value = 0 WHERE cluster_number = " + cluster + " AND campaign = '" + CAMPAIGN + "'");
            st.executeUpdate("DELETE FROM campaign_standing WHERE cluster_number = " + cluster);
        }
        var started = asCouncil().post("/api/v1/standings/rebuilds");
        assertThat(started.statusCode()).isEqualTo(202);
        assertThat(StandingsRebuildTest.awaitFinished(started.getHeader("Location")).path("state").asText()).isEqualTo("SUCCEEDED");
        JsonPath c = awaitCampaignStandings(cluster, j -> j.getList("entries").size() == 3 && scoreOf(j, "CB").signum() > 0);
        assertThat(c.getList("entries.unitCode")).startsWith("CB").containsExactlyInAnyOrder("CB", "LS", "QN");
        assertThat(new BigDecimal(c.getString("entries[0].breakdown[0].actual"))).isEqualByComparingTo("7");
        assertThat(c.getString("cause")).startsWith("rebuild ");
    }
}
