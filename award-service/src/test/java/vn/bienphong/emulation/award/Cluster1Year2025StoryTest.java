package vn.bienphong.emulation.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.bienphong.emulation.award.Fixtures.as;
import static vn.bienphong.emulation.award.Fixtures.asCouncil;
import static vn.bienphong.emulation.award.Fixtures.asViewer;
import static vn.bienphong.emulation.award.Fixtures.figures;
import static vn.bienphong.emulation.award.Fixtures.report;
import static vn.bienphong.emulation.award.Fixtures.reportEvent;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestTokens;

/**
 * The seeds' 2025 story of Cluster 1: six member units report (their totals are the cluster's
 * reported results: 10,700 patrols, 908 cases, 11,000 propaganda sessions, 330 people rescued),
 * the standings follow, the chair (Lạng Sơn) opens the ballot with 1 Ministry of Defence flag,
 * 2 Border Guard Command flags and the next chair; the members vote; closing proposes the units,
 * creates the nominations and names Cao Bằng the next chair.
 */
@QuarkusTest
class Cluster1Year2025StoryTest {

    private static final int CLUSTER = 1;
    private static final int YEAR = 2025;
    private static final String LANG_SON = "BDBP-LANG-SON";
    private static final String CAO_BANG = "BDBP-CAO-BANG";
    private static final String QUANG_NINH = "BDBP-QUANG-NINH";
    private static final String HAI_PHONG = "BDBP-HAI-PHONG";
    private static final String HUNG_YEN = "BDBP-HUNG-YEN";
    private static final String NINH_BINH = "BDBP-NINH-BINH";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    @Test
    void shouldRunTheYearFromReportsToNominationsAndTheNextChair() {
        Fixtures.roster(CLUSTER, YEAR, LANG_SON, LANG_SON, CAO_BANG, QUANG_NINH, HAI_PHONG, HUNG_YEN, NINH_BINH);
        asCouncil().body(Map.of(
                        "criteria", List.of(
                                Map.of("code", "patrols", "title", "Tuần tra, kiểm soát biên giới", "kind", "METRIC", "metricCode", "borderPatrols", "weight", 30, "target", 2000, "overshootCap", 1.2),
                                Map.of("code", "crime", "title", "Đấu tranh phòng, chống tội phạm", "kind", "METRIC", "metricCode", "crimeCases", "weight", 30, "target", 150),
                                Map.of("code", "propaganda", "title", "Tuyên truyền, vận động quần chúng", "kind", "METRIC", "metricCode", "propagandaSessions", "weight", 20, "target", 2000),
                                Map.of("code", "rescue", "title", "Cứu hộ, cứu nạn", "kind", "METRIC", "metricCode", "peopleRescued", "weight", 20, "target", 60, "overshootCap", 1.1)),
                        "awardBonuses", List.of(Map.of("awardCode", "MINISTRY_FLAG", "points", 10), Map.of("awardCode", "GOVERNMENT_FLAG", "points", 15)),
                        "tieBreaks", List.of("TOTAL_SCORE", "CRITERION:crime", "FEWER_PENALTY_POINTS")))
                .put("/api/v1/schemes/{c}/{y}", CLUSTER, YEAR).then().statusCode(201);

        UUID quangNinhReport = UUID.randomUUID();
        send(LANG_SON, UUID.randomUUID(), 1, figures("borderPatrols", 2300, "crimeCases", 190, "propagandaSessions", 2100, "peopleRescued", 70), null);
        send(CAO_BANG, UUID.randomUUID(), 1, figures("borderPatrols", 2100, "crimeCases", 170, "propagandaSessions", 2000, "peopleRescued", 65), null);
        send(QUANG_NINH, quangNinhReport, 1, figures("borderPatrols", 1000, "crimeCases", 100, "propagandaSessions", 1900, "peopleRescued", 60), null);
        send(HAI_PHONG, UUID.randomUUID(), 1, figures("borderPatrols", 1500, "crimeCases", 150, "propagandaSessions", 1800, "peopleRescued", 55), null);
        send(HUNG_YEN, UUID.randomUUID(), 1, figures("borderPatrols", 1400, "crimeCases", 120, "propagandaSessions", 1600, "peopleRescued", 40), null);
        send(NINH_BINH, UUID.randomUUID(), 1, figures("borderPatrols", 1500, "crimeCases", 118, "propagandaSessions", 1600, "peopleRescued", 40), null);
        send(QUANG_NINH, quangNinhReport, 2, figures("borderPatrols", 1900, "crimeCases", 160, "propagandaSessions", 1900, "peopleRescued", 60),
                figures("borderPatrols", 1000, "crimeCases", 100, "propagandaSessions", 1900, "peopleRescued", 60));

        JsonPath standings = Fixtures.awaitStandings(CLUSTER, YEAR, s -> s.getString("cause").contains("version 2"));
        assertThat(standings.getList("entries.unitCode")).containsExactly(LANG_SON, CAO_BANG, QUANG_NINH, HAI_PHONG, NINH_BINH, HUNG_YEN);
        assertThat(standings.getList("entries.score", BigDecimal.class)).usingElementComparator(BigDecimal::compareTo).containsExactly(
                new BigDecimal("106.50"), new BigDecimal("103.17"), new BigDecimal("97.50"), new BigDecimal("88.83"),
                new BigDecimal("75.43"), new BigDecimal("74.33"));
        assertThat(standings.getString("clusterName")).isEqualTo("Cụm thi đua số 1 BĐBP");
        BigDecimal patrols = standings.getList("entries.collect { it.breakdown[0].actual }", BigDecimal.class)
                .stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(patrols).isEqualByComparingTo("10700");

        String chair = TestTokens.unit(LANG_SON); // the chair of 2025 acts with its own unit token
        String ballot = as(chair).body(Map.of("clusterNumber", CLUSTER, "year", YEAR, "conferenceDate", "2025-09-26", "place", "tỉnh Lạng Sơn",
                        "questions", List.of(
                                Map.of("id", "ministry-flag", "kind", "AWARD", "award", "Cờ thi đua của Bộ Quốc phòng", "quota", 1),
                                Map.of("id", "command-flag", "kind", "AWARD", "award", "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota", 2),
                                Map.of("id", "next-chair", "kind", "NEXT_CHAIR"))))
                .post("/api/v1/ballots").then().statusCode(201)
                .body("questions[0].candidates", equalTo(List.of(LANG_SON, CAO_BANG, QUANG_NINH, HAI_PHONG, NINH_BINH, HUNG_YEN)))
                .body("eligibleVoters", equalTo(6))
                .extract().path("id");

        vote(ballot, LANG_SON, List.of(CAO_BANG), List.of(CAO_BANG, QUANG_NINH));
        vote(ballot, CAO_BANG, List.of(LANG_SON), List.of(QUANG_NINH, HAI_PHONG));
        vote(ballot, QUANG_NINH, List.of(LANG_SON), List.of(CAO_BANG, HAI_PHONG));
        vote(ballot, HAI_PHONG, List.of(LANG_SON), List.of(CAO_BANG, QUANG_NINH));
        vote(ballot, HUNG_YEN, List.of(LANG_SON), List.of(CAO_BANG, QUANG_NINH));
        vote(ballot, NINH_BINH, List.of(LANG_SON), List.of(CAO_BANG, QUANG_NINH));

        JsonPath closed = as(chair).post("/api/v1/ballots/{id}/close", ballot).then().statusCode(200).extract().jsonPath();
        assertThat(closed.getInt("results.ballotsCast")).isEqualTo(6);
        assertThat(closed.getList("results.questions[0].proposed")).containsExactly(LANG_SON);
        assertThat(closed.getList("results.questions[1].proposed")).containsExactly(CAO_BANG, QUANG_NINH);
        assertThat(closed.getString("results.nextChairUnitCode")).isEqualTo(CAO_BANG);

        var published = EventTopicReader.read("award-events", v -> v.contains("ballot-closed.v1") && v.contains(ballot), 1, Duration.ofSeconds(20));
        assertThat(published).hasSize(1);
        assertThat(published.get(0).value()).contains("\"nextChairUnitCode\":\"" + CAO_BANG + "\"");

        JsonPath nominations = asViewer().queryParams("cluster", CLUSTER, "year", YEAR).get("/api/v1/nominations").then().statusCode(200).extract().jsonPath();
        assertThat(nominations.getInt("totalItems")).isEqualTo(3);
        assertThat(nominations.getList("items.unitCode")).containsExactlyInAnyOrder(LANG_SON, CAO_BANG, QUANG_NINH);
        String ministryNomination = nominations.getString("items.find { it.unitCode == '" + LANG_SON + "' }.id");
        asCouncil().body(Map.of("decision", "APPROVED", "decisionNumber", "5678/QĐ-BQP", "decisionDate", "2025-12-15"))
                .post("/api/v1/nominations/{id}/decision", ministryNomination).then().statusCode(200).body("status", equalTo("APPROVED"));

        asViewer().get("/api/v1/ballots/{id}/minutes", ballot).then().statusCode(200)
                .body("eligibleVoters", equalTo(6)).body("ballotsCast", equalTo(6))
                .body("conferenceDate", equalTo("2025-09-26"))
                .body("questions[1].candidates.find { it.unitCode == '" + CAO_BANG + "' }.votes", equalTo(5))
                .body("nextChairUnitCode", equalTo(CAO_BANG));

        thenTheProposalsGoToTheCouncilAsDossiersAndComeBackAsDecisionsAndCertificates();
    }

    /**
     * Issue 13: the closed ballot files a dossier for each of the three proposed collectives; the council's office
     * receives them, returns Quảng Ninh's for its minutes, which the unit attaches and resubmits; the three are
     * forwarded and approved; the council issues a decision for the Ministry's flag and one for the Command's flags,
     * each as a PDF with its certificates; the commendations are counted for the cluster and year, and the Ministry's
     * flag adds its bonus to Lạng Sơn's score.
     */
    private void thenTheProposalsGoToTheCouncilAsDossiersAndComeBackAsDecisionsAndCertificates() {
        JsonPath filed = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> asViewer().queryParams("cluster", CLUSTER, "year", YEAR).get("/api/v1/dossiers").then().statusCode(200)
                        .extract().jsonPath(), p -> p.getInt("totalItems") == 3);
        assertThat(filed.getList("items.source")).containsOnly("BALLOT");
        assertThat(filed.getList("items.status")).containsOnly("SUBMITTED");
        String ministry = filed.getString("items.find { it.unitCode == '" + LANG_SON + "' }.id");
        String caoBang = filed.getString("items.find { it.unitCode == '" + CAO_BANG + "' }.id");
        String quangNinh = filed.getString("items.find { it.unitCode == '" + QUANG_NINH + "' }.id");
        assertThat(filed.getString("items.find { it.unitCode == '" + LANG_SON + "' }.awardCode")).isEqualTo("MINISTRY_FLAG");
        assertThat(filed.getString("items.find { it.unitCode == '" + QUANG_NINH + "' }.awardName")).isEqualTo("Cờ thi đua của Bộ Tư lệnh BĐBP");
        assertThat(filed.getInt("items.find { it.unitCode == '" + CAO_BANG + "' }.votes")).isEqualTo(5);

        for (String d : List.of(ministry, caoBang, quangNinh)) {
            asCouncil().post("/api/v1/dossiers/{id}/receive", d).then().statusCode(200);
        }
        asCouncil().body(Map.of("reason", "Thiếu biên bản họp bình xét của Cụm")).post("/api/v1/dossiers/{id}/return", quangNinh).then().statusCode(200);
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.unit(QUANG_NINH))
                .multiPart("file", "bien-ban-hop-cum.pdf", vn.bienphong.emulation.award.commendation.PdfReading.blankPdf(), "application/pdf")
                .multiPart("kind", "MINUTES").post("/api/v1/dossiers/{id}/attachments", quangNinh).then().statusCode(201);
        as(TestTokens.unit(QUANG_NINH)).post("/api/v1/dossiers/{id}/resubmit", quangNinh).then().statusCode(200);
        asCouncil().post("/api/v1/dossiers/{id}/receive", quangNinh).then().statusCode(200);
        for (String d : List.of(ministry, caoBang, quangNinh)) {
            asViewer().get("/api/v1/dossiers/{id}/eligibility", d).then().statusCode(200).body("eligible", equalTo(true));
            asCouncil().post("/api/v1/dossiers/{id}/forward", d).then().statusCode(200).body("status", equalTo("FORWARDED"));
            asCouncil().body(Map.of("outcome", "APPROVED")).post("/api/v1/dossiers/{id}/decide", d).then().statusCode(200);
        }

        String ministryDecision = asCouncil().body(Map.of("number", "5678/QĐ-BQP", "date", "2025-12-15", "signerName", "Đại tướng Phan Văn Giang",
                        "awardCode", "MINISTRY_FLAG", "dossierIds", List.of(ministry),
                        "reason", "Đã có thành tích xuất sắc dẫn đầu phong trào Thi đua Quyết thắng năm 2025"))
                .post("/api/v1/decisions").then().statusCode(201).body("signerTitle", equalTo("Bộ trưởng Bộ Quốc phòng"))
                .body("collectives", equalTo(1)).extract().path("id");
        String commandDecision = asCouncil().body(Map.of("number", "912/QĐ-BTL", "date", "2025-12-20", "signerName", "Thiếu tướng Nguyễn Anh Tuấn",
                        "awardCode", "COMMAND_FLAG", "dossierIds", List.of(caoBang, quangNinh)))
                .post("/api/v1/decisions").then().statusCode(201).body("signerTitle", equalTo("Tư lệnh Bộ đội Biên phòng"))
                .body("commended.unitCode", equalTo(List.of(CAO_BANG, QUANG_NINH))).extract().path("id");

        String decisionText = vn.bienphong.emulation.award.commendation.PdfReading.text(asViewer().get("/api/v1/decisions/{id}/document", ministryDecision)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray(), "story-decision-5678");
        assertThat(decisionText).contains("QUYẾT ĐỊNH", "Về việc tặng Cờ thi đua của Bộ Quốc phòng", "Số: 5678/QĐ-BQP",
                "Hà Nội, ngày 15 tháng 12 năm 2025", "BỘ TRƯỞNG BỘ QUỐC PHÒNG", "BĐBP " + LANG_SON, "Đại tướng Phan Văn Giang");
        String certificates = vn.bienphong.emulation.award.commendation.PdfReading.text(asViewer().get("/api/v1/decisions/{id}/certificates", commandDecision)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray(), "story-certificates-912");
        assertThat(certificates).contains("CỜ THI ĐUA", "TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG TẶNG", "BĐBP " + CAO_BANG, "BĐBP " + QUANG_NINH,
                "Quyết định số 912/QĐ-BTL, ngày 20 tháng 12 năm 2025");
        assertThat(vn.bienphong.emulation.award.commendation.PdfReading.pages()).isEqualTo(2);

        asViewer().queryParams("cluster", CLUSTER, "year", YEAR).get("/api/v1/commendations/summary").then().statusCode(200)
                .body("collectives", equalTo(3)).body("individuals", equalTo(0));
        JsonPath after = Fixtures.awaitStandings(CLUSTER, YEAR, s -> s.getString("cause").contains("912/QĐ-BTL"));
        assertThat(Fixtures.scoreOf(after, LANG_SON)).isEqualByComparingTo("116.50");
    }

    private static void send(String unit, UUID reportId, int version, Map<String, BigDecimal> figures, Map<String, BigDecimal> superseded) {
        Fixtures.send(CLUSTER, reportEvent(UUID.randomUUID(), report(reportId, version, unit, CLUSTER, YEAR, figures, superseded)));
    }

    private static void vote(String ballot, String unit, List<String> ministry, List<String> command) {
        as(TestTokens.unit(unit)).body(Map.of("unitCode", unit,
                        "choices", Map.of("ministry-flag", ministry, "command-flag", command, "next-chair", List.of(CAO_BANG))))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(201);
    }
}
