package vn.bienphong.emulation.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seeds' year 2025 of Cluster 1 (six provinces, Lạng Sơn in the chair) and Cluster 3 (five units,
 * Thanh Hóa in the chair), played through the public APIs of the packaged services running as separate
 * processes, two instances of report-service and of award-service: membership → a report from every
 * member, spread over both report-service instances → standings moving on both award-service instances
 * and on a live stream connected to each → the chair opens the ballot, the members vote, the chair
 * closes it → nominations → the chair flag handed over (Lạng Sơn → Cao Bằng, Thanh Hóa → Nghệ An) in
 * cluster-service → the council decides, and the commendation's bonus moves the standings again.
 */
@ExtendWith(SystemExtension.class)
class EmulationYearEndToEndTest {

    private static final int YEAR = 2025;
    private static final String LANG_SON = "BDBP-LANG-SON";
    private static final String CAO_BANG = "BDBP-CAO-BANG";
    private static final String QUANG_NINH = "BDBP-QUANG-NINH";
    private static final String HAI_PHONG = "BDBP-HAI-PHONG";
    private static final String HUNG_YEN = "BDBP-HUNG-YEN";
    private static final String NINH_BINH = "BDBP-NINH-BINH";
    private static final String THANH_HOA = "BDBP-THANH-HOA";
    private static final String NGHE_AN = "BDBP-NGHE-AN";
    private static final String HA_TINH = "BDBP-HA-TINH";
    private static final String QUANG_TRI = "BDBP-QUANG-TRI";
    private static final String HUE = "BDBP-HUE";
    private static final List<String> CLUSTER_1 = List.of(LANG_SON, CAO_BANG, QUANG_NINH, HAI_PHONG, HUNG_YEN, NINH_BINH);
    private static final List<String> CLUSTER_3 = List.of(THANH_HOA, NGHE_AN, HA_TINH, QUANG_TRI, HUE);

    private static LocalSystem system;
    private static Steps steps;

    @BeforeAll
    static void startTheSystem() {
        system = LocalSystem.shared();
        steps = new Steps(system);
    }

    @Test
    void shouldPlayTheYearOfClusters1And3FromMembershipToTheCouncilsDecisionAcrossTwoInstancesOfEachService() throws Exception {
        ServiceProcess report1 = system.reports().get(0);
        ServiceProcess report2 = system.reports().get(1);
        ServiceProcess award1 = system.awards().get(0);
        ServiceProcess award2 = system.awards().get(1);

        // dashboards connected to each award-service instance, for the whole year
        try (StandingsStream onAward1 = new StandingsStream(award1.url(), "?year=" + YEAR, system.viewer()).awaitOpen(Duration.ofSeconds(30));
             StandingsStream onAward2 = new StandingsStream(award2.url(), "?year=" + YEAR, system.viewer()).awaitOpen(Duration.ofSeconds(30))) {

            // membership, as the council sets it up in cluster-service
            steps.registerSeedUnits();
            steps.createCluster(1, "Cụm thi đua số 1 BĐBP");
            steps.createCluster(3, "Cụm thi đua số 3 BĐBP");
            steps.putScheme(1, YEAR, Steps.seedCriteria(), List.of(Map.of("awardCode", "MINISTRY_FLAG", "points", 10)));
            steps.putScheme(3, YEAR, Steps.seedCriteria(), List.of());
            steps.setUpYear(1, YEAR, "Dân chủ, đoàn kết, kỷ cương, sáng tạo, quyết thắng", CLUSTER_1, LANG_SON);
            steps.setUpYear(3, YEAR, "Dân chủ, đoàn kết, kỷ cương, sáng tạo, quyết thắng", CLUSTER_3, THANH_HOA);

            // a report from every member, each unit with its own token, alternating the two report-service instances
            String langSon = steps.submitOnceMembershipArrived(report1, system.unit(LANG_SON),
                    quarter(LANG_SON, 1, 2300, 190, 2100, 70), "story-" + LANG_SON);
            assertThat(langSon).isNotNull();
            submitOn(report2, CAO_BANG, quarter(CAO_BANG, 1, 2100, 170, 2000, 65));
            String quangNinh = submitOn(report1, QUANG_NINH, quarter(QUANG_NINH, 1, 1000, 100, 1900, 60));
            submitOn(report2, HAI_PHONG, quarter(HAI_PHONG, 1, 1500, 150, 1800, 55));
            submitOn(report1, HUNG_YEN, quarter(HUNG_YEN, 1, 1400, 120, 1600, 40));
            submitOn(report2, NINH_BINH, quarter(NINH_BINH, 1, 1500, 118, 1600, 40));
            // Quảng Ninh corrects its report on the other instance
            Api.as(report2, system.unit(QUANG_NINH)).body(Map.of("basedOnVersion", 1,
                            "figures", Map.of("borderPatrols", 1900, "crimeCases", 160, "propagandaSessions", 1900, "peopleRescued", 60)))
                    .post("/api/v1/reports/{id}/amendments", quangNinh).then().statusCode(201);

            steps.submitOnceMembershipArrived(report2, system.unit(THANH_HOA), quarter(THANH_HOA, 3, 2200, 160, 2100, 62), "story-" + THANH_HOA);
            submitOn(report1, NGHE_AN, quarter(NGHE_AN, 3, 2400, 175, 1900, 66));
            submitOn(report2, HA_TINH, quarter(HA_TINH, 3, 1200, 90, 1500, 30));
            submitOn(report1, QUANG_TRI, quarter(QUANG_TRI, 3, 1700, 130, 1700, 45));
            submitOn(report2, HUE, quarter(HUE, 3, 900, 60, 1200, 20));

            // the standings, the same on both award-service instances
            List<String> cluster1Ranking = List.of(LANG_SON, CAO_BANG, QUANG_NINH, HAI_PHONG, NINH_BINH, HUNG_YEN);
            List<BigDecimal> cluster1Scores = List.of(new BigDecimal("106.50"), new BigDecimal("103.17"), new BigDecimal("97.50"),
                    new BigDecimal("88.83"), new BigDecimal("75.43"), new BigDecimal("74.33"));
            for (ServiceProcess award : system.awards()) {
                JsonPath s = steps.awaitStandings(award, 1, YEAR, p -> scores(p).equals(cluster1Scores));
                assertThat(s.getList("entries.unitCode")).containsExactlyElementsOf(cluster1Ranking);
                assertThat(Steps.sumOfActuals(s, "patrols")).isEqualByComparingTo("10700"); // the seeds' 10,700 patrols of the cluster
                JsonPath s3 = steps.awaitStandings(award, 3, YEAR, p -> Steps.sumOfActuals(p, "patrols").compareTo(new BigDecimal("8400")) == 0);
                assertThat(s3.getList("entries.unitCode")).containsExactly(NGHE_AN, THANH_HOA, QUANG_TRI, HA_TINH, HUE);
            }
            assertThat(etag(award1, 1)).isEqualTo(etag(award2, 1));
            assertThat(etag(award1, 3)).isEqualTo(etag(award2, 3));
            for (ServiceProcess report : system.reports()) {
                assertThat(steps.reportTotal(report, 1, YEAR, "borderPatrols")).isEqualByComparingTo("10700");
                assertThat(steps.reportTotal(report, 3, YEAR, "borderPatrols")).isEqualByComparingTo("8400");
            }

            // each stream saw the standings as they ended, and every change of clusters 1 and 3 that the other saw
            for (StandingsStream stream : List.of(onAward1, onAward2)) {
                stream.await(e -> e.clusterNumber() == 1 && new BigDecimal("97.50").compareTo(orZero(e.scoreOf(QUANG_NINH))) == 0
                        && new BigDecimal("106.50").compareTo(orZero(e.scoreOf(LANG_SON))) == 0, Steps.PATIENCE);
                stream.await(e -> e.clusterNumber() == 3 && e.data().path("standings").size() == 5
                        && e.scoreOf(HUE) != null && e.scoreOf(HUE).signum() > 0, Steps.PATIENCE);
            }

            // the year-end conference of Cluster 1: Lạng Sơn opens the ballot with its unit token, the members vote on either instance
            String ballot1 = Api.as(award1, system.unit(LANG_SON)).header("Idempotency-Key", "story-ballot-1").body(Map.of(
                            "clusterNumber", 1, "year", YEAR, "conferenceDate", "2025-09-26", "place", "tỉnh Lạng Sơn",
                            "questions", List.of(
                                    Map.of("id", "ministry-flag", "kind", "AWARD", "award", "Cờ thi đua của Bộ Quốc phòng", "quota", 1),
                                    Map.of("id", "command-flag", "kind", "AWARD", "award", "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota", 2),
                                    Map.of("id", "next-chair", "kind", "NEXT_CHAIR"))))
                    .post("/api/v1/ballots").then().statusCode(201).extract().path("id");
            vote(award2, ballot1, LANG_SON, Map.of("ministry-flag", List.of(CAO_BANG), "command-flag", List.of(CAO_BANG, QUANG_NINH), "next-chair", List.of(CAO_BANG)));
            vote(award1, ballot1, CAO_BANG, Map.of("ministry-flag", List.of(LANG_SON), "command-flag", List.of(QUANG_NINH, HAI_PHONG), "next-chair", List.of(CAO_BANG)));
            vote(award2, ballot1, QUANG_NINH, Map.of("ministry-flag", List.of(LANG_SON), "command-flag", List.of(CAO_BANG, HAI_PHONG), "next-chair", List.of(CAO_BANG)));
            vote(award1, ballot1, HAI_PHONG, Map.of("ministry-flag", List.of(LANG_SON), "command-flag", List.of(CAO_BANG, QUANG_NINH), "next-chair", List.of(CAO_BANG)));
            vote(award2, ballot1, HUNG_YEN, Map.of("ministry-flag", List.of(LANG_SON), "command-flag", List.of(CAO_BANG, QUANG_NINH), "next-chair", List.of(CAO_BANG)));
            vote(award1, ballot1, NINH_BINH, Map.of("ministry-flag", List.of(LANG_SON), "command-flag", List.of(CAO_BANG, QUANG_NINH), "next-chair", List.of(CAO_BANG)));
            // a unit that is not the chair may not close it; the chair closes it on the other instance
            Api.as(award2, system.unit(CAO_BANG)).post("/api/v1/ballots/{id}/close", ballot1).then().statusCode(403);
            JsonPath closed1 = Api.as(award2, system.unit(LANG_SON)).post("/api/v1/ballots/{id}/close", ballot1)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(closed1.getInt("results.ballotsCast")).isEqualTo(6);
            assertThat(closed1.getList("results.questions[0].proposed")).containsExactly(LANG_SON);
            assertThat(closed1.getList("results.questions[1].proposed")).containsExactly(CAO_BANG, QUANG_NINH);
            assertThat(closed1.getString("results.nextChairUnitCode")).isEqualTo(CAO_BANG);

            // Cluster 3: Thanh Hóa opens on the second instance, closes on the first
            String ballot3 = Api.as(award2, system.unit(THANH_HOA)).header("Idempotency-Key", "story-ballot-3").body(Map.of(
                            "clusterNumber", 3, "year", YEAR, "conferenceDate", "2025-09-23", "place", "tỉnh Thanh Hóa",
                            "questions", List.of(
                                    Map.of("id", "command-flag", "kind", "AWARD", "award", "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota", 1),
                                    Map.of("id", "next-chair", "kind", "NEXT_CHAIR"))))
                    .post("/api/v1/ballots").then().statusCode(201).extract().path("id");
            List<ServiceProcess> awards = system.awards();
            for (int i = 0; i < CLUSTER_3.size(); i++) {
                String unit = CLUSTER_3.get(i);
                vote(awards.get(i % 2), ballot3, unit, Map.of("command-flag", List.of(unit.equals(NGHE_AN) ? THANH_HOA : NGHE_AN),
                        "next-chair", List.of(NGHE_AN)));
            }
            JsonPath closed3 = Api.as(award1, system.unit(THANH_HOA)).post("/api/v1/ballots/{id}/close", ballot3)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(closed3.getList("results.questions[0].proposed")).containsExactly(NGHE_AN);
            assertThat(closed3.getString("results.nextChairUnitCode")).isEqualTo(NGHE_AN);

            // the chair flag passes in cluster-service, once, from ballot-closed.v1
            awaitHandover(1, LANG_SON, CAO_BANG, ballot1);
            awaitHandover(3, THANH_HOA, NGHE_AN, ballot3);
            Api.as(system.cluster(), system.viewer()).queryParam("year", YEAR + 1).get("/api/v1/clusters/{n}/chair", 1)
                    .then().statusCode(200).body("unitCode", org.hamcrest.Matchers.equalTo(CAO_BANG));
            Api.as(system.cluster(), system.viewer()).queryParam("year", YEAR + 1).get("/api/v1/clusters/{n}/chair", 3)
                    .then().statusCode(200).body("unitCode", org.hamcrest.Matchers.equalTo(NGHE_AN));

            // nominations, read on either instance, decided by the council
            JsonPath nominations = Api.as(award1, system.viewer()).queryParams("cluster", 1, "year", YEAR)
                    .get("/api/v1/nominations").then().statusCode(200).extract().jsonPath();
            assertThat(nominations.getList("items.unitCode")).containsExactlyInAnyOrder(LANG_SON, CAO_BANG, QUANG_NINH);
            assertThat(Api.as(award2, system.viewer()).queryParams("cluster", 3, "year", YEAR).get("/api/v1/nominations")
                    .then().statusCode(200).extract().jsonPath().getList("items.unitCode")).containsExactly(NGHE_AN);
            String ministryNomination = nominations.getString("items.find { it.unitCode == '" + LANG_SON + "' }.id");
            Api.as(award2, system.council()).body(Map.of("decision", "APPROVED", "decisionNumber", "5678/QĐ-BQP", "decisionDate", "2025-12-15"))
                    .post("/api/v1/nominations/{id}/decision", ministryNomination).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("APPROVED"));

            // the dossiers the closed ballot filed go to the council, which issues the Ministry's flag to Lạng Sơn
            JsonPath dossiers = Awaitility.await().atMost(Steps.PATIENCE).pollInterval(Duration.ofMillis(200))
                    .until(() -> Api.as(award1, system.viewer()).queryParams("cluster", 1, "year", YEAR).get("/api/v1/dossiers")
                            .then().statusCode(200).extract().jsonPath(), p -> p.getInt("totalItems") == 3);
            assertThat(dossiers.getList("items.source")).containsOnly("BALLOT");
            String ministryDossier = dossiers.getString("items.find { it.unitCode == '" + LANG_SON + "' }.id");
            Api.as(award1, system.council()).post("/api/v1/dossiers/{id}/receive", ministryDossier).then().statusCode(200);
            Api.as(award2, system.council()).post("/api/v1/dossiers/{id}/forward", ministryDossier).then().statusCode(200);
            Api.as(award1, system.council()).body(Map.of("outcome", "APPROVED")).post("/api/v1/dossiers/{id}/decide", ministryDossier)
                    .then().statusCode(200);
            Api.as(award2, system.council()).header("Idempotency-Key", "story-decision-5678").body(Map.of(
                            "number", "5678/QĐ-BQP", "date", "2025-12-15", "signerName", "Đại tướng Phan Văn Giang",
                            "awardCode", "MINISTRY_FLAG", "dossierIds", List.of(ministryDossier)))
                    .post("/api/v1/decisions").then().statusCode(201).body("collectives", org.hamcrest.Matchers.equalTo(1));
            for (ServiceProcess award : system.awards()) {
                Api.as(award, system.viewer()).queryParams("cluster", 1, "year", YEAR).get("/api/v1/commendations/summary")
                        .then().statusCode(200).body("collectives", org.hamcrest.Matchers.equalTo(1));
                JsonPath after = steps.awaitStandings(award, 1, YEAR,
                        p -> new BigDecimal("116.50").compareTo(new BigDecimal(p.getString("entries[0].score"))) == 0);
                assertThat(after.getString("entries[0].unitCode")).isEqualTo(LANG_SON);
            }
            for (StandingsStream stream : List.of(onAward1, onAward2)) {
                stream.await(e -> e.clusterNumber() == 1 && new BigDecimal("116.50").compareTo(orZero(e.scoreOf(LANG_SON))) == 0, Steps.PATIENCE);
            }

            // every change of clusters 1 and 3 reached both streams, in the same order, each once
            long last = onAward1.await(e -> e.clusterNumber() == 1 && new BigDecimal("116.50").compareTo(orZero(e.scoreOf(LANG_SON))) == 0,
                    Steps.PATIENCE).seq();
            List<Long> seen1 = seqsUpTo(onAward1, last);
            List<Long> seen2 = seqsUpTo(onAward2, last);
            assertThat(seen1).isNotEmpty().doesNotHaveDuplicates().isSorted();
            assertThat(seen2).containsExactlyElementsOf(seen1);
            // and a dashboard that connects now and resumes from the start is given the same changes from the log
            try (StandingsStream resumed = new StandingsStream(award2.url(), "?year=" + YEAR + "&lastEventId=" + (seen1.get(0) - 1),
                    system.viewer()).awaitOpen(Duration.ofSeconds(30))) {
                resumed.await(e -> e.seq() == last, Steps.PATIENCE);
                assertThat(seqsUpTo(resumed, last)).containsExactlyElementsOf(seen1);
            }
        }
    }

    private static List<Long> seqsUpTo(StandingsStream stream, long last) {
        return stream.events(e -> (e.clusterNumber() == 1 || e.clusterNumber() == 3) && e.seq() <= last && "message".equals(e.name()))
                .stream().map(StandingsStream.Event::seq).toList();
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static List<BigDecimal> scores(JsonPath standings) {
        return standings.getList("entries.score").stream().map(o -> new BigDecimal(o.toString()).setScale(2)).toList();
    }

    private static String etag(ServiceProcess award, int cluster) {
        return Api.as(award, system.viewer()).get("/api/v1/standings/{c}/{y}", cluster, YEAR).then().statusCode(200).extract().header("ETag");
    }

    private static Map<String, Object> quarter(String unit, int cluster, int patrols, int crime, int propaganda, int rescued) {
        return Steps.report(unit, cluster, YEAR, "QUARTER", YEAR + "-Q1",
                Map.of("borderPatrols", patrols, "crimeCases", crime, "propagandaSessions", propaganda, "peopleRescued", rescued));
    }

    /** Submits on the given instance: accepted at once, since the other instance accepted a member of the same roster already. */
    private static String submitOn(ServiceProcess instance, String unit, Map<String, Object> report) {
        Response r = steps.submit(instance, system.unit(unit), report, "story-" + unit);
        assertThat(r.statusCode()).as(instance + ": " + r.asString()).isEqualTo(201);
        return r.jsonPath().getString("id");
    }

    private static void vote(ServiceProcess award, String ballot, String unit, Map<String, List<String>> choices) {
        Api.as(award, system.unit(unit)).body(Map.of("unitCode", unit, "choices", choices))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(201);
    }

    private static void awaitHandover(int cluster, String from, String to, String ballot) {
        List<Map<String, Object>> handovers = Awaitility.await().atMost(Steps.PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> Api.as(system.cluster(), system.viewer()).get("/api/v1/clusters/{n}/handovers", cluster)
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items.findAll { it.fromYear == " + YEAR + " }"),
                        l -> !l.isEmpty());
        assertThat(handovers).hasSize(1);
        Map<String, Object> h = handovers.get(0);
        assertThat(h).containsEntry("fromUnitCode", from).containsEntry("toUnitCode", to).containsEntry("outcome", "COMPLETED")
                .containsEntry("trigger", "BALLOT_CLOSED").containsEntry("forYear", YEAR + 1);
        assertThat(String.valueOf(h.get("triggerReference"))).contains(ballot);
        UUID.fromString(String.valueOf(h.get("id")));
    }
}
