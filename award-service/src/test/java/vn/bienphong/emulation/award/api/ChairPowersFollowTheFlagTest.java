package vn.bienphong.emulation.award.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.bienphong.emulation.award.Fixtures.as;
import static vn.bienphong.emulation.award.Fixtures.asCouncil;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.award.Fixtures;
import vn.bienphong.emulation.award.persistence.BallotEntity;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.Topics;
import vn.bienphong.emulation.common.events.contract.ChairHandover;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.EventTopicReader;
import vn.bienphong.emulation.infra.testing.TestEvents;
import vn.bienphong.emulation.infra.testing.TestTokens;

/**
 * The chair's powers follow the flag as cluster-service announces it on the real broker: the unit
 * holding the chair of a cluster for a year opens and closes that year's ballot with its own unit
 * token; after a handover its successor does, and it no more; the council always may.
 */
@QuarkusTest
class ChairPowersFollowTheFlagTest {

    private static final String LANG_SON = "BDBP-LANG-SON";
    private static final String CAO_BANG = "BDBP-CAO-BANG";
    private static final String QUANG_NINH = "BDBP-QUANG-NINH";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    /**
     * Publishes chair-handed-over.v1 as cluster-service does at the end of {@code fromYear}, then a
     * membership of a far year of the same cluster (same partition) and waits for it: the handover
     * before it has been applied.
     */
    private static void handOver(int cluster, int fromYear, String from, String to) {
        ChairHandover h = new ChairHandover(UUID.randomUUID(), cluster, fromYear, fromYear + 1, from, to, "COMPLETED",
                "successor named at the year-end conference", "BALLOT_CLOSED", "ballot x", OffsetDateTime.now());
        EventTopicReader.send(Topics.CLUSTER_EVENTS, Integer.toString(cluster),
                TestEvents.envelope(EventTypes.CHAIR_HANDED_OVER, "/cluster-service", "cluster/" + cluster + "/" + fromYear, h));
        Fixtures.roster(cluster, 2090, null, "SENTINEL-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private static Map<String, Object> open(int cluster, int year) {
        return Map.of("clusterNumber", cluster, "year", year,
                "questions", List.of(Map.of("id", "flag", "kind", "AWARD", "award", "Cờ thi đua của Bộ Tư lệnh BĐBP", "quota", 1)));
    }

    private static void vote(String ballot, String unit) {
        as(TestTokens.unit(unit)).body(Map.of("unitCode", unit, "choices", Map.of("flag", List.of(CAO_BANG))))
                .post("/api/v1/ballots/{id}/votes", ballot).then().statusCode(201);
    }

    @Test
    void shouldLetCaoBangOpenCluster1sBallotOf2026AfterTheHandoverAndNotLangSon() {
        Fixtures.roster(1, 2025, LANG_SON, LANG_SON, CAO_BANG, QUANG_NINH);
        // 2026 set up before the conference with Lạng Sơn still named chair; the 2025 conference hands the flag to Cao Bằng
        Fixtures.roster(1, 2026, LANG_SON, LANG_SON, CAO_BANG, QUANG_NINH);
        handOver(1, 2025, LANG_SON, CAO_BANG);

        as(TestTokens.unit(LANG_SON)).body(open(1, 2026)).post("/api/v1/ballots").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("only the unit holding the chair of cluster 1 for 2026 (or the council) may open its ballot: that is "
                        + CAO_BANG + ", not " + LANG_SON));
        as(TestTokens.unit(QUANG_NINH)).body(open(1, 2026)).post("/api/v1/ballots").then().statusCode(403);
        assertThat(BallotEntity.count()).isZero();
        String ballot = as(TestTokens.unit(CAO_BANG)).body(open(1, 2026)).post("/api/v1/ballots").then().statusCode(201)
                .body("openedBy", equalTo("unit-" + CAO_BANG)).extract().path("id");
        vote(ballot, LANG_SON);
        vote(ballot, CAO_BANG);
        as(TestTokens.unit(LANG_SON)).post("/api/v1/ballots/{id}/close", ballot).then().statusCode(403);
        as(TestTokens.unit(CAO_BANG)).post("/api/v1/ballots/{id}/close", ballot).then().statusCode(200)
                .body("status", equalTo("CLOSED"));

        // Lạng Sơn still held the chair of 2025: that year's ballot is still its own (and the council's)
        String ballot2025 = as(TestTokens.unit(LANG_SON)).body(open(1, 2025)).post("/api/v1/ballots").then().statusCode(201)
                .extract().path("id");
        as(TestTokens.unit(CAO_BANG)).post("/api/v1/ballots/{id}/close", ballot2025).then().statusCode(403);
    }

    @Test
    void shouldChangeWhoMayCloseAnOpenBallotWhenAHandoverArrives() {
        int cluster = 51;
        Fixtures.roster(cluster, 2026, LANG_SON, LANG_SON, CAO_BANG, QUANG_NINH);
        String ballot = as(TestTokens.unit(LANG_SON)).body(open(cluster, 2026)).post("/api/v1/ballots").then().statusCode(201)
                .extract().path("id");
        vote(ballot, CAO_BANG);
        vote(ballot, QUANG_NINH);

        handOver(cluster, 2025, LANG_SON, CAO_BANG);

        as(TestTokens.unit(LANG_SON)).post("/api/v1/ballots/{id}/close", ballot).then().statusCode(403)
                .body("detail", containsString("that is " + CAO_BANG));
        as(TestTokens.unit(CAO_BANG)).post("/api/v1/ballots/{id}/close", ballot).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("results.questions[0].proposed", equalTo(List.of(CAO_BANG)));
    }

    @Test
    void shouldLetTheCouncilOpenAndCloseAnyBallotAndNoOtherRole() {
        int cluster = 52;
        Fixtures.roster(cluster, 2026, LANG_SON, LANG_SON, CAO_BANG);
        as(TestTokens.system()).body(open(cluster, 2026)).post("/api/v1/ballots").then().statusCode(403);
        as(TestTokens.viewer()).body(open(cluster, 2026)).post("/api/v1/ballots").then().statusCode(403);
        String ballot = asCouncil().body(open(cluster, 2026)).post("/api/v1/ballots").then().statusCode(201).extract().path("id");
        vote(ballot, LANG_SON);
        vote(ballot, CAO_BANG);
        asCouncil().post("/api/v1/ballots/{id}/close", ballot).then().statusCode(200);
    }
}
